import { z } from "zod";
import { shareLinksSchema } from "../shares/share.schema.js";
import { newAccountSchema } from "./account.schema.js";

/** The roles an invitation can give: there is only ever one owner, made at setup. */
export const invitedRoles = ["member", "admin"] as const;
export type InvitedRole = (typeof invitedRoles)[number];

export const newInvitationSchema = z.strictObject({
  role: z.enum(invitedRoles, { message: 'must be "member" or "admin"' }).default("member"),
});

/** What the person who invites is given once: the link holds the token, which is never kept. */
export const invitationCreatedSchema = z.object({
  id: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export type InvitationCreated = z.infer<typeof invitationCreatedSchema>;

/** An invitation that can still be used, as the people who run the server see it. */
export const openInvitationSchema = z.object({
  id: z.string(),
  /** "invitation" makes a new account; "reset" sets a new password for `username`'s account. */
  kind: z.enum(["invitation", "reset"]),
  role: z.enum(invitedRoles).nullable(),
  username: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type OpenInvitation = z.infer<typeof openInvitationSchema>;
/** The open links, and where a link made here can be opened (as for share cards). */
export const invitationListSchema = z.object({
  invitations: z.array(openInvitationSchema),
  links: shareLinksSchema,
});

/** What the join page learns from its link before asking anything: the link's own details. */
export const invitationInfoSchema = z.object({
  kind: z.enum(["invitation", "reset"]),
  username: z.string().nullable(),
  expiresAt: z.string(),
});
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

/** Accepting an invitation chooses a name and password, with the same rules as setup. */
export const acceptInvitationSchema = newAccountSchema;
/** Accepting a password reset chooses only the password: the name stays the account's. */
export const acceptResetSchema = newAccountSchema.pick({ password: true });

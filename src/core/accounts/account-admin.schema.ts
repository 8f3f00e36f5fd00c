import { z } from "zod";
import { roles } from "./account.schema.js";
import { invitedRoles } from "./invitation.schema.js";

/**
 * One account as the people who run the server see it: who, what role, since when, last seen.
 * Never anything the person wrote or scored.
 */
export const accountSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  role: z.enum(roles),
  createdAt: z.string(),
  /** To the hour: it is written when a session is started or renewed, not on every request. */
  lastSeenAt: z.string().nullable(),
  disabled: z.boolean(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
export const accountListSchema = z.object({ accounts: z.array(accountSummarySchema) });

/** What an admin may change of an account; the role only by the owner. */
export const accountChangeSchema = z
  .strictObject({
    disabled: z.boolean({ message: "must be true or false" }).optional(),
    role: z.enum(invitedRoles, { message: 'must be "member" or "admin"' }).optional(),
  })
  .refine((change) => change.disabled !== undefined || change.role !== undefined, {
    message: "needs disabled or role",
    path: ["body"],
  });
export type AccountChange = z.infer<typeof accountChangeSchema>;

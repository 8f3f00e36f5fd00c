import { z } from "zod";
import { lazySchema } from "../schema/lazy-schema.js";
import { wellFormedText } from "../text/well-formed.js";

// Each schema is built the first time it is used, not when this file loads (lazySchema): the
// check-in screen's script defines every one of them but parses only a few, after its first paint.

export const PASSWORD_MIN_LENGTH = 8;

export const usernameSchema = lazySchema(() =>
  wellFormedText()
    // "é" typed as one character or as "e" and an accent is the same name.
    .transform((name) => name.trim().normalize("NFC"))
    .pipe(
      z
        .string()
        .min(1, { message: "is required" })
        .max(64, { message: "must be at most 64 characters" })
        .regex(/^[\p{L}\p{N}._@-]+$/u, {
          message: "may use letters, numbers, dots, dashes, underscores and @, with no spaces",
        }),
    ),
);

/** Sign-in takes any password string; the length and common-password rules apply when one is chosen. */
export const credentialsSchema = lazySchema(() =>
  z.strictObject({
    username: usernameSchema,
    password: wellFormedText().min(1, { message: "is required" }).max(1024, {
      message: "must be at most 1024 characters",
    }),
  }),
);
export type Credentials = z.infer<typeof credentialsSchema>;

export const newAccountSchema = lazySchema(() =>
  credentialsSchema.extend({
    password: wellFormedText()
      .min(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
      .max(1024, { message: "must be at most 1024 characters" }),
  }),
);

export const deleteAccountSchema = lazySchema(() =>
  z.strictObject({
    password: wellFormedText().min(1, { message: "is required" }),
  }),
);

/** The owner runs the server; admins the owner names help run it; members use it. */
export const roles = ["owner", "admin", "member"] as const;
export type Role = (typeof roles)[number];
export const meSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    username: z.string(),
    role: z.enum(roles),
  }),
);
export type Me = z.infer<typeof meSchema>;

export const setupStatusSchema = lazySchema(() => z.object({ needsOwner: z.boolean() }));

/** What the app asks first on every visit: who is signed in, and whether setup is still needed. */
export const sessionStateSchema = lazySchema(() =>
  z.object({
    user: meSchema.nullable(),
    needsOwner: z.boolean(),
  }),
);
export type SessionState = z.infer<typeof sessionStateSchema>;

/** Changing the password asks for the current one, so a borrowed session cannot take the account. */
export const changePasswordSchema = lazySchema(() =>
  z.strictObject({
    currentPassword: wellFormedText().min(1, { message: "is required" }),
    newPassword: wellFormedText()
      .min(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
      .max(1024, { message: "must be at most 1024 characters" }),
  }),
);
export type ChangePassword = z.infer<typeof changePasswordSchema>;

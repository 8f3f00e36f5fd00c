/**
 * Whether a write failed because the account its rows belong to no longer exists, in either
 * engine's words. Every foreign key in the schema points at `users.id` (each person's rows name
 * their account), so a foreign-key failure means one thing: the account was erased (by the person
 * in another tab, or by an admin) while this request was on its way. Nothing of it was written.
 * That reading holds for rows of the requester's own account; a write that names another account
 * (an admin's password reset) checks that account itself, in its transaction, and answers 404.
 */
export function isAccountGone(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = "code" in error ? String(error.code) : "";
  return code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY";
}

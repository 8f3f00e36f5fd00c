import { ApiRequestError } from "../api/client.js";
import { api } from "../api/reconnect.js";

/**
 * Set when someone signed out while the server could not be reached. The device is cleared at
 * once, but the browser still holds the session's cookie (the page cannot read or remove it), so
 * the server is asked to end that session as soon as it answers. Holds no name and nothing
 * personal: only that a sign-out is still owed.
 */
export const SIGN_OUT_OWED = "reconnect:sign-out-owed";

export function owesSignOut(): boolean {
  try {
    return localStorage.getItem(SIGN_OUT_OWED) !== null;
  } catch {
    return false;
  }
}

export function setSignOutOwed(on: boolean): void {
  try {
    if (on) localStorage.setItem(SIGN_OUT_OWED, "1");
    else localStorage.removeItem(SIGN_OUT_OWED);
  } catch {
    // Storage refused: the session then lasts until it runs out, and this device shows sign-in.
  }
}

/**
 * What the server said to a sign-out: `ended` (or already ended: a 401), `someone-else` when the
 * browser's session is another account's now (401 `other-account`: they signed in in another tab,
 * and their session stays theirs), or `unanswered` when the server could not be reached or did
 * not agree, so the sign-out is owed for later.
 */
export type SignOutAnswer = "ended" | "someone-else" | "unanswered";

/** Ends the server's session. Never throws: the device is cleared whatever the server says. */
export async function endServerSession(): Promise<SignOutAnswer> {
  try {
    await api.signOut();
    return "ended";
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.status !== 401) return "unanswered";
    return error.code === "other-account" ? "someone-else" : "ended";
  }
}

/** Ends a session left from a sign-out made offline; true once nothing is owed any more. */
export async function settleOwedSignOut(): Promise<boolean> {
  if (!owesSignOut()) return true;
  const ended = (await endServerSession()) !== "unanswered";
  if (ended) setSignOutOwed(false);
  return ended;
}

import { ApiRequestError } from "../api/client.js";
import { api } from "../api/reconnect.js";
import { markValue, type OwedSignOut, readMark } from "./sign-out-owed-mark.js";

/**
 * Set when someone signed out while the server could not be reached. The device is cleared at
 * once, but the browser still holds the session's cookie (the page cannot read or remove it), so
 * the server is asked to end that session as soon as it answers. Holds the id of the account that
 * signed out and nothing else of the person's (see sign-out-owed-mark.ts): on a shared browser the
 * cookie may be someone else's by then, and their session is not the one owed.
 */
export const SIGN_OUT_OWED = "reconnect:sign-out-owed";

/** The sign-out owed on this browser, or null when none is. */
export function owedSignOut(): OwedSignOut | null {
  try {
    return readMark(localStorage.getItem(SIGN_OUT_OWED));
  } catch {
    return null;
  }
}

/** Owes a sign-out of `account` (null: a page signed in as nobody it knows of). */
export function setSignOutOwed(account: string | null): void {
  try {
    localStorage.setItem(SIGN_OUT_OWED, markValue(account));
  } catch {
    // Storage refused: the session then lasts until it runs out, and this device shows sign-in.
  }
}

export function dropOwedSignOut(): void {
  try {
    localStorage.removeItem(SIGN_OUT_OWED);
  } catch {
    // Storage refused: there was no mark to drop either.
  }
}

/**
 * What the server said to a sign-out: `ended` (or already ended: a 401), `someone-else` when the
 * browser's session is another account's now (401 `other-account`: they signed in in another tab,
 * and their session stays theirs), or `unanswered` when the server could not be reached or did
 * not agree, so the sign-out is owed for later.
 */
export type SignOutAnswer = "ended" | "someone-else" | "unanswered";

/**
 * Ends the server's session. Never throws: the device is cleared whatever the server says.
 * `account` names whose session it must be (the page's own, unless told): the server refuses to
 * end another account's (401 `other-account`).
 */
export async function endServerSession(account?: string): Promise<SignOutAnswer> {
  try {
    await api.signOut(account);
    return "ended";
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.status !== 401) return "unanswered";
    return error.code === "other-account" ? "someone-else" : "ended";
  }
}

/**
 * Ends a session left from a sign-out made offline. Answers the sign-out still owed (the server
 * could not be reached, or did not agree), or null once nothing is owed any more.
 */
export async function settleOwedSignOut(): Promise<OwedSignOut | null> {
  const owed = owedSignOut();
  if (owed === null) return null;
  // Only the session of the account that signed out is ended: the cookie may be another
  // person's now (signed in in another tab), and theirs stays (401 `other-account`, the owed one
  // having been replaced by their sign-in). A mark naming nobody asks as the page, as it always
  // did.
  const ended = (await endServerSession(owed.account ?? undefined)) !== "unanswered";
  if (!ended) return owed;
  dropOwedSignOut();
  return null;
}

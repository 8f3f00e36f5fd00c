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
 * Ends the server's session. Answers whether it is ended (or was already: a 401); false when the
 * server could not be reached or did not agree, so the sign-out is owed for later. Never throws:
 * the device is cleared whatever the server says.
 */
export async function endServerSession(): Promise<boolean> {
  try {
    await api.signOut();
    return true;
  } catch (error) {
    return error instanceof ApiRequestError && error.status === 401;
  }
}

/** Ends a session left from a sign-out made offline; true once nothing is owed any more. */
export async function settleOwedSignOut(): Promise<boolean> {
  if (!owesSignOut()) return true;
  const ended = await endServerSession();
  if (ended) setSignOutOwed(false);
  return ended;
}

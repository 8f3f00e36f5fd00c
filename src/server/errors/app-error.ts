/**
 * The one error type routes throw. `code` is stable and machine-readable; `message` is written for
 * the person; `fields` names each input that was wrong.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthorized = () => new AppError(401, "unauthorized", "Please sign in to continue.");

/**
 * Every session cookie the request carries names a session the server no longer holds: it was
 * ended on purpose (signed out elsewhere or everywhere, a new password, a reset, the account
 * paused or erased), never one that merely ran out, which the browser drops with its cookie or
 * the server keeps until it restarts. Which of these it was is not said, and cannot be: erasing
 * an account keeps nothing of it, so a cookie of an erased account and one no one ever had look
 * the same, and the answer tells nobody whether any account exists.
 */
/**
 * The request says it comes from a page signed in as one person (`X-Reconnect-Account`), but its
 * cookie is now another person's session: someone else signed in on the same browser, in another
 * tab, and the cookie is the browser's. Answered before anything is read or written, so a page
 * left open never reads or saves as the person who signed in after it.
 */
export const otherAccount = () =>
  new AppError(
    401,
    "other-account",
    // Says nothing of anyone else: whoever sits at this page need not learn that another person
    // on this browser uses Reconnect.
    "You've been signed out on this browser. Please sign in again to carry on.",
  );

export const sessionEnded = () =>
  new AppError(
    401,
    "session-ended",
    "You were signed out from somewhere else. Please sign in to continue.",
  );

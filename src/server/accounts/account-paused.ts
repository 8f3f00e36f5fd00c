import { AppError } from "../errors/app-error.js";

/** A paused account with the right password: told plainly, and who can open it again. */
export const accountPaused = () =>
  new AppError(
    403,
    "account-paused",
    "This account is paused for now. The person who runs this Reconnect can open it again.",
  );

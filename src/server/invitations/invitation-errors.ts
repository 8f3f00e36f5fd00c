import { AppError } from "../errors/app-error.js";

// The same answer for a token that never existed and one that is malformed.
export const invitationNotFound = () =>
  new AppError(
    404,
    "invitation-not-found",
    "This link doesn't open anything. Please check it was copied whole, or ask for a new one.",
  );

export const invitationClosed = () =>
  new AppError(
    410,
    "invitation-closed",
    "This link can't be used any more: it was used already, withdrawn, or it ran out after 7 days. Please ask the person who sent it for a new one.",
  );

export const usernameTaken = () =>
  new AppError(409, "username-taken", "That name is already in use here. Please choose another.", {
    username: "is already in use",
  });

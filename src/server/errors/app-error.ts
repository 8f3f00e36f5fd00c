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

import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import {
  clearSignInFailures,
  pruneSignInFailures,
  recentSignInFailures,
  recordSignInFailures,
} from "./sign-in-failure.repository.js";

export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

function keysFor(username: string, address: string): string[] {
  return [`user:${username.toLowerCase()}`, `addr:${address}`];
}

/**
 * Refuses a sign-in attempt once one username or one address has failed ten times in fifteen
 * minutes, saying when to try again. Stored in the database so every app process sees the same count.
 */
export async function assertSignInAllowed(
  ctx: AppContext,
  username: string,
  address: string,
): Promise<void> {
  const now = ctx.now().getTime();
  const since = new Date(now - WINDOW_MS).toISOString();
  const failures = await recentSignInFailures(ctx.store.db, keysFor(username, address), since);
  for (const key of keysFor(username, address)) {
    const times = failures.filter((f) => f.key === key).map((f) => Date.parse(f.failedAt));
    if (times.length < MAX_FAILURES) continue;
    // The window reopens when enough of the oldest failures have aged out of it.
    const reopensAt = (times[times.length - MAX_FAILURES] ?? now) + WINDOW_MS;
    const retryAfter = Math.max(1, Math.ceil((reopensAt - now) / 1000));
    throw new AppError(
      429,
      "too-many-attempts",
      `Too many sign-in attempts. Please wait ${Math.ceil(retryAfter / 60)} minutes and try again.`,
      undefined,
      { "retry-after": String(retryAfter) },
    );
  }
}

export async function recordSignInFailure(
  ctx: AppContext,
  username: string,
  address: string,
): Promise<void> {
  const now = ctx.now();
  await pruneSignInFailures(ctx.store.db, new Date(now.getTime() - WINDOW_MS).toISOString());
  await recordSignInFailures(
    ctx.store.db,
    keysFor(username, address).map((key) => ({
      id: ctx.newId(),
      key,
      failedAt: now.toISOString(),
    })),
  );
}

/** A correct password clears that name's count; the address keeps its count. */
export async function recordSignInSuccess(ctx: AppContext, username: string): Promise<void> {
  await clearSignInFailures(ctx.store.db, `user:${username.toLowerCase()}`);
  await pruneSignInFailures(ctx.store.db, new Date(ctx.now().getTime() - WINDOW_MS).toISOString());
}

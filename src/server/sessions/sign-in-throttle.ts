import { hash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { counted } from "../../core/text/counted.js";
import type { AppContext } from "../app-context.js";
import type { Database } from "../db/database.js";
import { AppError } from "../errors/app-error.js";
import { clientOf } from "../http/forwarded.js";
import { knownDeviceOf } from "./known-device.js";
import {
  clearSignInFailures,
  deleteSignInFailures,
  deleteSignInFailuresOf,
  pruneSignInFailures,
  recentSignInFailures,
  recordSignInFailures,
  takeSignInTurn,
} from "./sign-in-failure.repository.js";

export const WINDOW_MS = 15 * 60_000;
/** Failures one (account, place) pair may make before each next try has to wait. */
export const FREE_FAILURES = 3;
/** Failures on one account, from browsers it has never signed in on, before those must wait. */
export const ACCOUNT_LIMIT = 10;
/** Failures from one address, on any names, before browsers unknown to those names must wait. */
export const ADDRESS_LIMIT = 30;

/**
 * How long a pair must wait after its latest failure: nothing for the first three, then 1 s,
 * 2 s, 4 s … doubling up to the whole window. Guessing from one place slows to a crawl while a
 * person who mistyped a few times barely notices.
 */
export function pairDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(WINDOW_MS, 1000 * 2 ** (failures - FREE_FAILURES));
}

/**
 * The one form a name is compared in, on both engines: a new name is taken when its fold is one
 * in use, sign-in finds an account by it, and the throttle counts an unknown name by it. Folded
 * here in JavaScript and stored beside each name (migrations 0017, 0018), never by a database's
 * own lower(), which folds A–Z only on SQLite and by the server's locale on PostgreSQL.
 *
 * The rule: NFKC (so "é" typed as one character or two, "ﬁ" and "fi", "Ｓａｍ" and "Sam" are
 * one), then full case folding (upper case, then lower: "ß" and "ẞ" are "ss", "ǰ" and "J̌" one),
 * then the few letters JavaScript's lower case leaves in two forms made one:
 * - sigma: "ς" is "σ", as Unicode's case folding has it; JavaScript writes "ς" at a word's end
 *   only, so "ΟΔΟΣ" and "οδοσ" were two names.
 * - every i: "I", "i", "İ" (dotted capital) and "ı" (dotless small) all fold to "i". Unicode's
 *   default folding makes "İ" "i" with a combining dot above (what toLowerCase gives) and keeps
 *   "ı" apart; Turkish and Azeri fold "İ" to "i" and "I" to "ı". A name is compared without
 *   knowing whose language it is in, and a Turkish "KİM" is the same name as "kim" while an
 *   English "KIM" is too, so the one fold on which any language's change of case lands on the
 *   same account takes all four as one. The combining dot left by "İ" (or typed after an "i",
 *   where it shows as nothing more) goes with it. The cost: "kım" and "kim" cannot both be names
 *   on one server; a person choosing one is told it is taken and picks another.
 * NFKC again last, as case changes can leave a letter and its accent apart.
 */
export function foldName(name: string): string {
  const cased = name.normalize("NFKC").toUpperCase().toLowerCase();
  const one = cased
    .replace(/ß/g, "ss")
    .replace(/ς/g, "σ")
    .replace(/ı/g, "i")
    .replace(/i\u0307+/g, "i");
  return one.normalize("NFKC");
}

const digest = (text: string) => hash("sha256", text, "base64url");

/** The account key for a name: its id when it is an account, else a hash of the folded name. */
export function accountKeyOf(user: { id: string } | undefined, name: string): string {
  return user ? `user:${user.id}` : `name:${digest(foldName(name))}`;
}

/**
 * One sign-in (or erasure) attempt and the counts it belongs to. The failed sign-in table holds
 * only these keys: account ids and hashes, never a typed name or an address in the clear.
 */
export interface Attempt {
  account: string;
  /** The account and the place: the known browser if it is one, else the address. */
  pair: string;
  address: string;
  knownDevice: boolean;
}

export async function signInAttempt(
  ctx: AppContext,
  request: FastifyRequest,
  user: { id: string } | undefined,
  name: string,
): Promise<Attempt> {
  const account = accountKeyOf(user, name);
  const device = user ? await knownDeviceOf(ctx.store.db, request, user.id) : undefined;
  const place = device ? `device:${device}` : `addr:${digest(clientOf(request).ip)}`;
  return {
    account,
    pair: `pair:${account}:${place}`,
    address: `addr:${digest(clientOf(request).ip)}`,
    knownDevice: device !== undefined,
  };
}

function tooMany(waitMs: number, message: string): AppError {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError(429, "too-many-attempts", message, undefined, {
    "retry-after": String(retryAfter),
  });
}

const inMinutes = (ms: number) => {
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? "a minute" : counted(minutes, "minute");
};

/**
 * Slows guessing without ever locking out a browser where the person has signed in before:
 * - each (account, place) pair waits longer after each failure (pairDelayMs);
 * - an account with ten failures in fifteen minutes, or an address with thirty, is closed to
 *   browsers unknown to that account until the window moves on; known browsers are exempt.
 * Counts are kept in the database, so every app process sees them.
 */
async function assertSignInAllowed(
  db: Kysely<Database>,
  now: number,
  attempt: Attempt,
): Promise<void> {
  const since = new Date(now - WINDOW_MS).toISOString();
  const keys = [attempt.pair, attempt.account, attempt.address];
  const failures = await recentSignInFailures(db, keys, since);
  const timesOf = (key: string) =>
    failures.filter((f) => f.key === key).map((f) => Date.parse(f.failedAt));

  const pair = timesOf(attempt.pair);
  const wait = (pair.at(-1) ?? now) + pairDelayMs(pair.length) - now;
  if (wait > 0) {
    throw tooMany(
      wait,
      `That was several tries in a row. Please wait ${wait < 60_000 ? counted(Math.ceil(wait / 1000), "second") : inMinutes(wait)} before trying again.`,
    );
  }
  if (attempt.knownDevice) return;
  for (const [key, limit] of [
    [attempt.account, ACCOUNT_LIMIT],
    [attempt.address, ADDRESS_LIMIT],
  ] as const) {
    const times = timesOf(key);
    if (times.length < limit) continue;
    // The window reopens when enough of the oldest failures have aged out of it.
    const reopensIn = (times[times.length - limit] ?? now) + WINDOW_MS - now;
    throw tooMany(
      reopensIn,
      `Too many sign-in attempts. Please wait ${inMinutes(reopensIn)} and try again, or use a device you have signed in on before.`,
    );
  }
}

/** A try let through, counted as a failure until its password proves right. */
export interface SignInTry {
  attempt: Attempt;
  /** The failure rows written for it, removed again if the password is right. */
  ids: string[];
}

/**
 * Lets a try through (or answers 429) and counts it as a failure in the same transaction,
 * before its password is checked. Checking a password takes tens of milliseconds: counted only
 * after, every guess of a burst sent at once passed the limit before the first was written, so
 * one place could try thousands of passwords in each window instead of a handful. Tries of
 * every process take their turn (SQLite has one writer; PostgreSQL takes a lock for them).
 */
export async function claimSignInTry(ctx: AppContext, attempt: Attempt): Promise<SignInTry> {
  const now = ctx.now();
  // A known browser's mistakes slow only that browser; they do not close the account to others.
  const keys = attempt.knownDevice
    ? [attempt.pair]
    : [attempt.pair, attempt.account, attempt.address];
  const rows = keys.map((key) => ({ id: ctx.newId(), key, failedAt: now.toISOString() }));
  await ctx.store.write(async (trx) => {
    // One lock for every sign-in on the server, not one per account or place: a try reads the
    // failures of three keys (the pair, the account, the place) and writes under up to three,
    // and the pruning deletes anyone's, so locks per key would have to be taken in one order
    // every time, and a row lock guards no failure that has no row yet (PostgreSQL's READ
    // COMMITTED locks only rows a query found). The turn is short, since the password is checked
    // after it: tries queue for milliseconds, never for an argon2 check.
    await takeSignInTurn(trx);
    await pruneSignInFailures(trx, new Date(now.getTime() - WINDOW_MS).toISOString());
    await assertSignInAllowed(trx, now.getTime(), attempt);
    await recordSignInFailures(trx, rows);
  });
  return { attempt, ids: rows.map((row) => row.id) };
}

/**
 * A correct password: the try is no failure, and that place's count is cleared; the account
 * and address keep the failures before it.
 */
export async function recordSignInSuccess(ctx: AppContext, signInTry: SignInTry): Promise<void> {
  await deleteSignInFailures(ctx.store.db, signInTry.ids);
  await clearSignInFailures(ctx.store.db, signInTry.attempt.pair);
}

/** A try that checked no password after all (its account was erased meanwhile). */
export async function withdrawSignInTry(ctx: AppContext, signInTry: SignInTry): Promise<void> {
  await deleteSignInFailures(ctx.store.db, signInTry.ids);
}

/** Erasing an account: its failed sign-ins go too, under its id and under its name. */
export async function forgetSignInFailuresOf(
  ctx: AppContext,
  user: { id: string; username: string },
): Promise<void> {
  await deleteSignInFailuresOf(ctx.store.db, [
    accountKeyOf(user, user.username),
    accountKeyOf(undefined, user.username),
  ]);
}

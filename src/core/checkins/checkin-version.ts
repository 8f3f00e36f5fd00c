/**
 * A check-in's version is its `updatedAt`: what the app already holds for every day it has seen,
 * so a device can say which version it edited without a second request. Sent quoted, as an HTTP
 * entity tag: `ETag: "2026-11-29T12:00:00.000Z"`.
 */

/** What a save asks of the day as it is on the server now. */
export type SaveCondition =
  /** No condition: create or replace, as the contract always did. */
  | { kind: "none" }
  /** `If-Match: "<version>"`: only if the day is still the version the device edited. */
  | { kind: "version"; version: string }
  /** `If-Match: *`: only if the day has a check-in at all. */
  | { kind: "exists" }
  /** `If-None-Match: *`: only if the day has no check-in (the device saw none). */
  | { kind: "absent" };

export type ConditionParse =
  | { ok: true; condition: SaveCondition }
  | { ok: false; header: "if-match" | "if-none-match"; problem: string };

// One quoted tag; the characters an entity tag may hold (RFC 9110), which an ISO time keeps to.
const ONE_TAG = /^"([\x21\x23-\x7e]{1,64})"$/;

/** Reads the two request headers; a weak or listed tag is refused rather than half understood. */
export function parseSaveCondition(
  ifMatch: string | undefined,
  ifNoneMatch: string | undefined,
): ConditionParse {
  if (ifMatch !== undefined && ifNoneMatch !== undefined) {
    return { ok: false, header: "if-none-match", problem: "cannot be sent with If-Match" };
  }
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.trim() === "*"
      ? { ok: true, condition: { kind: "absent" } }
      : { ok: false, header: "if-none-match", problem: "must be * (the device saw no check-in)" };
  }
  if (ifMatch === undefined) return { ok: true, condition: { kind: "none" } };
  const value = ifMatch.trim();
  if (value === "*") return { ok: true, condition: { kind: "exists" } };
  const tag = ONE_TAG.exec(value)?.[1];
  // Only a version the app could have given: "NaN" or "abc" is a broken client, not a day changed
  // elsewhere, so it is named as a bad header instead of answered as a conflict.
  return tag === undefined || !isVersion(tag)
    ? {
        ok: false,
        header: "if-match",
        problem: 'must be one version in quotes, like "2026-11-29T12:00:00.000Z"',
      }
    : { ok: true, condition: { kind: "version", version: tag } };
}

/** Versions are instants as `Date.prototype.toISOString` writes them, and nothing else. */
function isVersion(tag: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(tag)) return false;
  const time = Date.parse(tag);
  return !Number.isNaN(time) && new Date(time).toISOString() === tag;
}

/** Whether a save may go ahead, given the version the day has now (null: no check-in). */
export function conditionHolds(condition: SaveCondition, current: string | null): boolean {
  switch (condition.kind) {
    case "none":
      return true;
    case "version":
      return current === condition.version;
    case "exists":
      return current !== null;
    case "absent":
      return current === null;
  }
}

/**
 * The version a save gives the day: the time now, or, when the clock has not moved past the
 * version already there (two saves in one millisecond, a clock set back), one millisecond after
 * it. A change always makes a new version, so a device holding the old one is always told.
 */
export function nextVersion(now: string, previous: string | null): string {
  if (previous === null) return now;
  const before = Date.parse(previous);
  if (Number.isNaN(before) || Date.parse(now) > before) return now;
  return new Date(before + 1).toISOString();
}

export function entityTag(version: string): string {
  return `"${version}"`;
}

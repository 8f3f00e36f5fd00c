/**
 * A record's version (a check-in's, the safety plan's, a thought record's) is its `updatedAt`:
 * what the app already holds for every record it has seen, so a device can say which version it
 * edited without a second request. Sent quoted, as an HTTP entity tag:
 * `ETag: "2026-11-29T12:00:00.000Z"`. The three kinds read the headers alike, so the words of a
 * refusal name no kind of record.
 */

import type { SaveCondition } from "./save-condition.js";

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
      : {
          ok: false,
          header: "if-none-match",
          problem: "must be * (sent when the device saw nothing saved yet)",
        };
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

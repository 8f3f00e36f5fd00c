import { randomBytes } from "node:crypto";

/** 256 random bits, base64url: far beyond guessing, and safe in a path without escaping. */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Exactly what newShareToken makes. Anything else is turned away before the database is asked. */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

import { createHash, randomBytes } from "node:crypto";

/** 256 random bits: far beyond guessing, short enough for a cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

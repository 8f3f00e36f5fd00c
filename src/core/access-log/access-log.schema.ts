import { z } from "zod";

/** What the access log records: things done to the account and its data, never their content. */
export const accessEvents = [
  "sign-in",
  "sign-in-failed",
  "export",
  "import",
  // An import that replaced everything: the erasure of what was there before, worth seeing apart.
  "data-replaced",
  "password-changed",
  "share-opened",
  "calendar-fetched",
  // A clinician report (PDF) was made: people often take it to someone, so it is worth seeing.
  "report",
] as const;
export type AccessEvent = (typeof accessEvents)[number];

/**
 * Opens by someone else's device (a supporter's browser, a calendar app that polls every few
 * minutes) are noted once an hour per address, so they cannot bury the person's own sign-ins.
 */
export const REPEATED_OPEN_MINUTES = 60;

/** How long an entry is kept. */
export const ACCESS_LOG_DAYS = 180;

export const accessEntrySchema = z.object({
  at: z.string(),
  event: z.enum(accessEvents),
  /** A short name for the browser, worked out from its User-Agent ("Firefox on Linux"). */
  browser: z.string(),
  address: z.string(),
});
export type AccessEntry = z.infer<typeof accessEntrySchema>;
export const accessLogSchema = z.object({ entries: z.array(accessEntrySchema) });

/** "Firefox on Android" from a User-Agent, or "Unknown browser": a name, never the whole string. */
export function browserName(userAgent: string | undefined): string {
  if (!userAgent) return "Unknown browser";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Unknown browser";
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return system ? `${browser} on ${system}` : browser;
}

/**
 * The version a save gives a record: the time now, or, when the clock has not moved past the
 * version already there (two saves in one millisecond, a clock set back), one millisecond after
 * it. A change always makes a new version, so a device holding the old one is always told.
 */
export function nextVersion(now: string, previous: string | null): string {
  if (previous === null) return now;
  const before = Date.parse(previous);
  if (Number.isNaN(before) || Date.parse(now) > before) return now;
  return new Date(before + 1).toISOString();
}

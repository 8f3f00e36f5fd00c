import { z } from "zod";

/**
 * The install hint's own count, on this device: how many times the check-in screen has been
 * opened and when the hint last showed. It says nothing about the person (no answers, no
 * account), so it stays when someone signs out, and a shared phone is not asked again weekly by
 * each person in turn.
 */
export const INSTALL_HINT_KEY = "reconnect.installHint";

/** Never before this visit: a first visit is for finding out what Reconnect is. */
export const FIRST_VISIT_SHOWN = 3;
export const HINT_GAP_MS = 7 * 24 * 60 * 60 * 1000;

const recordSchema = z.object({
  visits: z.int().min(0),
  shownAt: z.number().nullable(),
});
export type HintRecord = z.infer<typeof recordSchema>;

const FRESH: HintRecord = { visits: 0, shownAt: null };

/** Whether this visit may show the hint: the third visit or later, and a week since it last showed. */
export function hintDue(record: HintRecord, now: number): boolean {
  return (
    record.visits >= FIRST_VISIT_SHOWN &&
    (record.shownAt === null || now - record.shownAt >= HINT_GAP_MS)
  );
}

/** The stored record; anything unreadable starts afresh rather than stopping the screen. */
export function parseRecord(text: string | null): HintRecord {
  if (text === null) return FRESH;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : FRESH;
  } catch {
    return FRESH;
  }
}

/**
 * Counts this visit and decides, once per page load: moving between screens is one visit, and
 * the answer stays the same however often the check-in screen is drawn.
 */
export function visitShowsHint(storage: Storage | undefined, now: number): boolean {
  let record = FRESH;
  try {
    record = parseRecord(storage?.getItem(INSTALL_HINT_KEY) ?? null);
  } catch {
    // Storage refused: the count starts at nothing and the hint waits.
  }
  const counted = { ...record, visits: record.visits + 1 };
  const due = hintDue(counted, now);
  const next = due ? { ...counted, shownAt: now } : counted;
  try {
    storage?.setItem(INSTALL_HINT_KEY, JSON.stringify(next));
  } catch {
    // Full or refused: without a count the hint never shows, which is the quiet way to fail.
    return false;
  }
  return due;
}

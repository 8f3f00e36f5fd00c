import type { InstrumentId } from "./assessment.schema.js";

const DAY_MS = 86_400_000;

/** The published instruments ask about the last two weeks, so sooner would count days twice. */
export const OFFER_AFTER_DAYS = 14;

/**
 * The questionnaires to offer again: those taken before whose latest answer is at least two weeks
 * old. A questionnaire never taken is never pushed.
 */
export function instrumentsDueAgain(
  taken: readonly { instrument: InstrumentId; takenAt: string }[],
  now: Date,
): InstrumentId[] {
  const latest = new Map<InstrumentId, number>();
  for (const record of taken) {
    const at = Date.parse(record.takenAt);
    if (!Number.isNaN(at))
      latest.set(record.instrument, Math.max(latest.get(record.instrument) ?? at, at));
  }
  return [...latest]
    .filter(([, at]) => now.getTime() - at >= OFFER_AFTER_DAYS * DAY_MS)
    .map(([instrument]) => instrument);
}

/** Whether "Not now" was pressed within the last two weeks. */
export function dismissedRecently(dismissedAt: number | undefined, now: Date): boolean {
  return (
    dismissedAt !== undefined &&
    Number.isFinite(dismissedAt) &&
    now.getTime() - dismissedAt < OFFER_AFTER_DAYS * DAY_MS
  );
}

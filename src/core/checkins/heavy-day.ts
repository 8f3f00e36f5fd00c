import { addDays, type LocalDate } from "../dates/local-date.js";
import type { Checkin } from "./checkin.schema.js";
import { RUN_DAYS } from "./heavy-day-run.js";
import { hasHopelessWords } from "./hopeless-words.js";
import { LOW_DAY_MOOD } from "./low-day.js";

/** Feeling like a burden this strongly is answered on its own, whatever the mood. */
export const BURDEN_ALONE = 8;
/** A mood this low (or lower)… */
export const VERY_LOW_MOOD = 1;
/** …together with feeling like a burden this much (or more) is answered too. */
export const BURDEN_WITH_VERY_LOW_MOOD = 6;
/** In a run of days, a mood this low (or lower)… */
export const RUN_LOW_MOOD = 2;
/** …with feeling like a burden this much (or more)… */
export const RUN_BURDEN = 5;
/** …or stuck in repeating thoughts this much (or more) makes a hard day. */
export const RUN_RUMINATION = 8;
export { RUN_DAYS };
/**
 * A mood this low (or lower), with hopeless words in the note, is answered: the app's own low
 * day (low-day.ts), so a day that would have been offered a tiny step is offered help first.
 * The words carry the signal; the mood keeps an idiom on an ordinary day from bringing crisis lines.
 */
export const HOPELESS_MOOD = LOW_DAY_MOOD;

export type HeavyDayDay = Pick<Checkin, "date" | "mood" | "burden" | "rumination" | "note">;

export type HeavyDayReason =
  /** Burden at BURDEN_ALONE or above. */
  | "burden"
  /** Mood at VERY_LOW_MOOD or below with burden at BURDEN_WITH_VERY_LOW_MOOD or above. */
  | "very-low-mood-and-burden"
  /** Mood at HOPELESS_MOOD or below with hopeless words in the note (hopeless-words.ts). */
  | "hopeless-words-on-a-low-day"
  /** RUN_DAYS hard days in a row, none of them heavy on its own. */
  | "hard-days-in-a-row";

/** One day's answers alone ask for an answer: the single-day part of the rule. */
function heavyOnItsOwn(day: HeavyDayDay): HeavyDayReason | null {
  const burden = day.burden;
  if (burden !== undefined && burden >= BURDEN_ALONE) return "burden";
  if (burden !== undefined && day.mood <= VERY_LOW_MOOD && burden >= BURDEN_WITH_VERY_LOW_MOOD) {
    return "very-low-mood-and-burden";
  }
  if (day.mood <= HOPELESS_MOOD && hasHopelessWords(day.note)) {
    return "hopeless-words-on-a-low-day";
  }
  return null;
}

/**
 * A hard day, for the run: heavy on its own (hopeless words on a low day included), or very low
 * mood with either burden or repeating thoughts. Repeating thoughts count only here, never on a
 * single day: they are common on low days and alone are no sign of risk, but days on end of them
 * with very low mood are a pattern that deserves a door held open.
 */
function hard(day: HeavyDayDay): boolean {
  if (heavyOnItsOwn(day) !== null) return true;
  if (day.mood > RUN_LOW_MOOD) return false;
  return (
    (day.burden !== undefined && day.burden >= RUN_BURDEN) ||
    (day.rumination !== undefined && day.rumination >= RUN_RUMINATION)
  );
}

/**
 * Whether a saved check-in answers with help even though no words asked for it, and why; null
 * when it does not. `previous` may hold any days (the order does not matter, later days are
 * ignored); a day with no check-in breaks a run, because nothing is known about it.
 */
export function heavyDay(
  day: HeavyDayDay,
  previous: readonly HeavyDayDay[],
): HeavyDayReason | null {
  const single = heavyOnItsOwn(day);
  if (single !== null) return single;
  if (!hard(day)) return null;
  const byDate = new Map<LocalDate, HeavyDayDay>();
  for (const earlier of previous) if (earlier.date < day.date) byDate.set(earlier.date, earlier);
  for (let back = 1; back < RUN_DAYS; back += 1) {
    const earlier = byDate.get(addDays(day.date, -back));
    if (earlier === undefined || !hard(earlier)) return null;
  }
  return "hard-days-in-a-row";
}

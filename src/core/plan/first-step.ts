import type { Activity } from "./activity.schema.js";

/**
 * The first step worth showing beside an activity's title, or null when it only repeats it. A step
 * planned from a thought record has the person's own words as both ("Send one line"), and
 * "First step: Send one line" under that title would say the same thing twice. One rule for every
 * place that shows a first step (the calendar feed, the Plan screen's ideas), so they agree.
 */
export function firstStepBeyondTitle(
  activity: Pick<Activity, "title" | "firstStep">,
): string | null {
  return sameWords(activity.firstStep, activity.title) ? null : activity.firstStep;
}

/**
 * The same words, whatever their capitals, spacing or closing mark ("Send one line." = "send one
 * line"). Not by locale: the calendar (server) and the screen (browser) must agree.
 */
function sameWords(a: string, b: string): boolean {
  const plain = (text: string) =>
    text
      .normalize("NFC")
      .toLowerCase()
      .replace(/[\s.!?…]+$/u, "")
      .replace(/\s+/gu, " ")
      .trim();
  return plain(a) === plain(b);
}

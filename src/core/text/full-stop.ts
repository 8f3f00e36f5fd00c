import { isolated } from "./isolated.js";

/**
 * A line written as a step or a label ("Press record and say hello") ended as a sentence, for a
 * place that sets it after other sentences: a full stop added unless it already ends in one, a
 * question or exclamation mark, or a closing quote or bracket after one.
 */
export function withFullStop(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed === "" || /[.?!…]["'”’)]*$/u.test(trimmed)) return trimmed;
  return `${trimmed}.`;
}

/**
 * The same, for a person's words ending the app's own sentence: their words isolated (isolated),
 * and the full stop the app adds set after the isolate, so it ends our sentence where a
 * left-to-right reader looks for it instead of being drawn at the far side of a right-to-left
 * title. A mark they wrote themselves stays inside with their words.
 */
export function isolatedWithFullStop(text: string): string {
  const trimmed = text.trimEnd();
  return withFullStop(trimmed) === trimmed ? isolated(trimmed) : `${isolated(trimmed)}.`;
}

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

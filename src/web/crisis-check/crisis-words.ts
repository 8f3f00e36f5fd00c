import { detectCrisisLanguage } from "../../core/safety/crisis-language.js";

/** The crisis words in a text, lowercased, one entry per place they are written. */
export function crisisWords(text: string): string[] {
  return detectCrisisLanguage(text).spans.map((span) =>
    text.slice(span.start, span.end).toLowerCase(),
  );
}

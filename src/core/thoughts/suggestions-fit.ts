import type { SuggestedTrap } from "./thought.schema.js";

/**
 * What the detector can have said about a thought: a confidence from 0 to 1, spans that mark
 * some of the thought's own text (UTF-16 offsets, end exclusive, so 0 ≤ start < end ≤ length),
 * and each trap at most once. Every save works the suggestions out again from the thought, so a
 * route never stored anything else; an import before 2026-12-06 did, from any file it was given.
 */

/** A span marks some of the text: a span before it, past it or of nothing marks nothing. */
function spanFits(span: { start: number; end: number }, length: number): boolean {
  return span.start >= 0 && span.start < span.end && span.end <= length;
}

/**
 * Stored suggestions as the detector could have made them, for every reader of a stored record:
 * the confidence clamped into 0–1, spans outside the thought dropped, and a trap suggested again
 * left out (the first kept). An account that imported such a file before the import refused it
 * still reads, and its export still passes the export's own checks and imports again.
 */
export function fittedSuggestions(
  thought: string,
  stored: readonly SuggestedTrap[],
): SuggestedTrap[] {
  const seen = new Set<string>();
  const fitted: SuggestedTrap[] = [];
  for (const suggestion of stored) {
    if (seen.has(suggestion.id)) continue;
    seen.add(suggestion.id);
    fitted.push({
      id: suggestion.id,
      confidence: Math.min(1, Math.max(0, suggestion.confidence)),
      spans: suggestion.spans.filter((span) => spanFits(span, thought.length)),
    });
  }
  return fitted;
}

import type { z } from "zod";
import { recordThoughtSchema, type SuggestedTrap } from "./thought.schema.js";

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
/**
 * The checks of `fittedSuggestions` as a file's record is refused for them, each by the path of
 * the field that breaks it. The confidence's range is the field's own schema's; this checks what
 * needs the thought or the other suggestions. It only reads what already has its shape, since
 * the record's other issues are named by their own fields.
 */
export function suggestionsFitThought(
  record: { thought?: unknown; suggestedTraps?: unknown },
  ctx: z.RefinementCtx,
): void {
  const { thought, suggestedTraps } = record;
  if (!Array.isArray(suggestedTraps)) return;
  const thoughtTaken = recordThoughtSchema.safeParse(thought).success;
  const length = typeof thought === "string" ? thought.length : 0;
  const seen = new Set<unknown>();
  suggestedTraps.forEach((suggestion: unknown, index) => {
    if (typeof suggestion !== "object" || suggestion === null) return;
    const { id, spans } = suggestion as { id?: unknown; spans?: unknown };
    if (seen.has(id)) {
      ctx.addIssue({
        code: "custom",
        path: ["suggestedTraps", index, "id"],
        message: "is suggested already: each trap is suggested at most once",
      });
    }
    seen.add(id);
    // Spans are only measured against a thought that is taken: one refused is named by itself.
    if (!thoughtTaken || !Array.isArray(spans)) return;
    spans.forEach((span: unknown, at) => {
      if (typeof span !== "object" || span === null) return;
      const { start, end } = span as { start?: unknown; end?: unknown };
      if (typeof start !== "number" || typeof end !== "number") return;
      if (spanFits({ start, end }, length)) return;
      const startFits = start >= 0 && start < length;
      ctx.addIssue({
        code: "custom",
        path: ["suggestedTraps", index, "spans", at, startFits ? "end" : "start"],
        message: startFits
          ? `must be after start and at most the thought's length (${length})`
          : `must be from 0 to less than the thought's length (${length})`,
      });
    });
  });
}

import type { TrapSpan } from "../../../core/traps/detect-traps.js";

export interface Segment {
  /** Where the stretch starts in the thought: unique, so it serves as a React key. */
  at: number;
  text: string;
  marked: boolean;
}

/** Unmarked stretches longer than this are shortened, so a long thought stays readable. */
const CONTEXT = 60;

/**
 * The thought cut into plain and marked stretches for one trap's spans. Long plain stretches
 * keep only the words next to the marks, with "…" for what is left out.
 */
export function highlightSegments(text: string, spans: readonly TrapSpan[]): Segment[] {
  const sorted = [...spans]
    .filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ at, text: text.slice(at, span.start), marked: false });
    segments.push({ at: span.start, text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ at, text: text.slice(at), marked: false });
  return segments.map((segment, index) => {
    if (segment.marked || segment.text.length <= CONTEXT * 2) return segment;
    const first = index === 0;
    const last = index === segments.length - 1;
    if (first) return { ...segment, text: `…${segment.text.slice(-CONTEXT)}` };
    if (last) return { ...segment, text: `${segment.text.slice(0, CONTEXT)}…` };
    return {
      ...segment,
      text: `${segment.text.slice(0, CONTEXT)} … ${segment.text.slice(-CONTEXT)}`,
    };
  });
}

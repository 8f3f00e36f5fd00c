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
    if (first) return { ...segment, text: `…${tail(segment.text)}` };
    if (last) return { ...segment, text: `${head(segment.text)}…` };
    return { ...segment, text: `${head(segment.text)} … ${tail(segment.text)}` };
  });
}

// Cut at a space where there is one near, so no word is shown in half ("…fternoon").
const SPACE = /\s/;

/** About the first CONTEXT characters, ending at a word's end. */
function head(text: string): string {
  const cut = text.slice(0, CONTEXT);
  if (SPACE.test(text.charAt(CONTEXT))) return cut;
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : cut;
}

/** About the last CONTEXT characters, starting at a word's start. */
function tail(text: string): string {
  const cut = text.slice(-CONTEXT);
  if (SPACE.test(text.charAt(text.length - CONTEXT - 1))) return cut;
  const space = cut.search(/\s/);
  return space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : cut;
}

import type { TrapSpan } from "../../../core/traps/detect-traps.js";

export interface Segment {
  /** Where the stretch starts in the thought: unique, so it serves as a React key. */
  at: number;
  text: string;
  marked: boolean;
}

/** How many characters of plain words are kept each side of a marked word. */
const CONTEXT = 60;

/**
 * The thought cut into plain and marked stretches for one trap's spans, shown within the
 * sentences the trap was found in (`sentences`; the whole thought when none are given). Each
 * mark keeps about CONTEXT characters of its sentence's words on either side, never reaching into
 * another sentence: in a paragraph, the trap is shown in the sentence that holds it, not in the
 * tail of the one before. What is left out is "…".
 */
export function highlightSegments(
  text: string,
  spans: readonly TrapSpan[],
  sentences: readonly TrapSpan[] = [],
): Segment[] {
  const regions = within(text, sentences);
  const marks = [...spans]
    .filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length)
    .filter((s) => regions.some((r) => r.start <= s.start && s.end <= r.end))
    .sort((a, b) => a.start - b.start)
    .filter((span, index, all) => index === 0 || span.start >= maxEnd(all.slice(0, index)));
  const shown = merge(
    marks.map((span) => {
      const region = regions.find((r) => r.start <= span.start && span.end <= r.end) ?? span;
      return {
        start: wordStartFrom(text, Math.max(region.start, span.start - CONTEXT), span.start),
        end: wordEndBefore(text, Math.min(region.end, span.end + CONTEXT), span.end),
      };
    }),
  );
  if (shown.length === 0) return [{ at: 0, text, marked: false }];

  const segments: Segment[] = [];
  let at = 0;
  for (const range of shown) {
    if (range.start > at) segments.push(leftOut(text, at, range.start));
    let inside = range.start;
    for (const span of marks) {
      if (span.start < range.start || span.end > range.end) continue;
      if (span.start > inside) segments.push(plain(text, inside, span.start));
      segments.push({ at: span.start, text: text.slice(span.start, span.end), marked: true });
      inside = span.end;
    }
    if (range.end > inside) segments.push(plain(text, inside, range.end));
    at = range.end;
  }
  if (at < text.length) segments.push(leftOut(text, at, text.length));
  return joinPlain(segments);
}

/** "…" for words left out; only spaces (between two shown sentences) are shown as they are. */
function leftOut(text: string, start: number, end: number): Segment {
  const gap = text.slice(start, end);
  if (gap.trim() === "") return { at: start, text: gap, marked: false };
  return {
    at: start,
    text: start === 0 ? "… " : end === text.length ? " …" : " … ",
    marked: false,
  };
}

function plain(text: string, start: number, end: number): Segment {
  return { at: start, text: text.slice(start, end), marked: false };
}

function maxEnd(spans: readonly TrapSpan[]): number {
  return spans.reduce((most, span) => Math.max(most, span.end), 0);
}

/** The sentences that lie within the text, in order and without overlap; else the whole text. */
function within(text: string, sentences: readonly TrapSpan[]): TrapSpan[] {
  const valid = sentences.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  return valid.length > 0 ? merge(valid) : [{ start: 0, end: text.length }];
}

/** Sorted, with ranges that touch or overlap made one. */
function merge(ranges: readonly TrapSpan[]): TrapSpan[] {
  const out: TrapSpan[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && range.start <= last.end)
      out[out.length - 1] = { ...last, end: Math.max(last.end, range.end) };
    else out.push({ ...range });
  }
  return out;
}

/** Consecutive plain stretches as one, so "…" and the words after it read as one piece. */
function joinPlain(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (last && !last.marked && !segment.marked)
      out[out.length - 1] = { ...last, text: last.text + segment.text };
    else out.push(segment);
  }
  return out;
}

const SPACE = /\s/;

/**
 * `from`, moved forward to the start of a word when it falls inside one, so no word is shown
 * in half ("…fternoon"); never past `limit` (the marked word). With no space to move to, it is
 * kept, but never between the two halves of an emoji.
 */
function wordStartFrom(text: string, from: number, limit: number): number {
  if (from === 0 || SPACE.test(text.charAt(from - 1))) return from;
  for (let i = from; i < limit; i += 1) if (SPACE.test(text.charAt(i))) return i + 1;
  return isSecondHalf(text, from) ? from + 1 : from;
}

/** `to`, moved back to the end of a word when it falls inside one; never before `limit`. */
function wordEndBefore(text: string, to: number, limit: number): number {
  if (to === text.length || SPACE.test(text.charAt(to))) return to;
  for (let i = to - 1; i >= limit; i -= 1) if (SPACE.test(text.charAt(i))) return i;
  return isSecondHalf(text, to) ? to - 1 : to;
}

/** Whether `index` falls between the two UTF-16 halves of one character. */
function isSecondHalf(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

import type { TrapSpan } from "./detect-traps.js";

/**
 * Where one sentence ends: full stops, question and exclamation marks, semicolons, line
 * breaks, ellipses and their CJK forms. A full stop between two digits ("5.30") is no end.
 * Commas are not ends: "I feel useless, so I am useless" is one thought.
 */
const END = /[!?;\n\u2026\u3002\uff01\uff1f]|\.(?!\d)/g;
const LETTER = /\p{L}/u;

/**
 * The sentences of a text as spans into it (UTF-16 offsets, end exclusive), trimmed of white
 * space, in order. Stretches without a letter ("...", "2.") join no sentence.
 */
export function splitSentences(text: string): TrapSpan[] {
  const spans: TrapSpan[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (LETTER.test(text.slice(s, e))) spans.push({ start: s, end: e });
  };
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return spans;
}

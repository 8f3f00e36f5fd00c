/**
 * Words spelled out a letter at a time: "I want to d i e", "k i l l myself", "s u i c i d e".
 * People space letters to get past a filter, or for weight. Three or more single letters in a
 * row, each alone between spaces, are read as one word, a repeated letter at a joint squeezed as
 * everywhere else ("k i l l" -> "kil"). Everyday writing rarely has three lone letters in a row;
 * when it does ("plan a b c", "U S A"), the word they make matches nothing.
 */
import type { NormalizedText } from "./normalize.js";

const SPACE = 32;

/** Three or more lone letters; the lookarounds keep "a" in "to a b" from counting "to". */
const SPELLED_OUT = /(?<![a-z0-9])[a-z](?: [a-z]){2,}(?![a-z0-9])/;
const SPELLED_OUT_ALL = new RegExp(SPELLED_OUT.source, "g");

export function joinSpelledOut(text: string, starts: Int32Array, ends: Int32Array): NormalizedText {
  if (!SPELLED_OUT.test(text)) return { text, starts, ends };
  let out = "";
  const newStarts: number[] = [];
  const newEnds: number[] = [];
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k += 1) {
      out += text.charAt(k);
      newStarts.push(starts[k] ?? 0);
      newEnds.push(ends[k] ?? 0);
    }
  };
  let done = 0;
  for (const run of text.matchAll(SPELLED_OUT_ALL)) {
    const at = run.index;
    copy(done, at);
    let previous = -1;
    for (let k = at; k < at + run[0].length; k += 1) {
      const code = text.charCodeAt(k);
      if (code === SPACE) continue;
      if (code === previous) {
        // "l l": one letter, as "ll" is everywhere else; it now reaches to the second.
        newEnds[newEnds.length - 1] = ends[k] ?? 0;
        continue;
      }
      out += text.charAt(k);
      newStarts.push(starts[k] ?? 0);
      newEnds.push(ends[k] ?? 0);
      previous = code;
    }
    done = at + run[0].length;
  }
  copy(done, text.length);
  return { text: out, starts: Int32Array.from(newStarts), ends: Int32Array.from(newEnds) };
}

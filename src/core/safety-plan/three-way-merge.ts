import { showsAnything } from "../text/visible.js";

/**
 * One step's lines after a plan was changed on two devices over the same saved version (`base`):
 * which of this device's lines stay (`kept`, in their order, so a box being typed in stays where
 * it is), and which lines of the other device's copy (`theirs`) are added after them.
 *
 * Lines are compared as they are saved: trimmed, and a line showing nothing is no line. A line in
 * `base` removed on one device and left as it was on the other stays removed, whichever device
 * removed it. A line added on either is kept, once. A line changed is, line by line, the old line
 * removed and a new one added, so a line changed on one device and removed on the other keeps
 * its new words: nothing anyone wrote is lost. With `base` unknown (null) nothing can be told
 * removed, so every line of both is kept.
 */
export function mergeLines<T>(
  base: readonly string[] | null,
  mine: readonly T[],
  textOf: (line: T) => string,
  theirs: readonly string[],
): { kept: T[]; added: string[] } {
  const visible = (lines: readonly string[]) =>
    new Set(lines.map((line) => line.trim()).filter(showsAnything));
  const before = visible(base ?? []);
  const there = visible(theirs);
  const here = visible(mine.map(textOf));
  // Blank boxes are this device's own and not yet anything saved: they stay.
  const kept = mine.filter((line) => {
    const text = textOf(line).trim();
    return !(before.has(text) && !there.has(text));
  });
  const added = [...there].filter((text) => !here.has(text) && !before.has(text));
  return { kept, added };
}

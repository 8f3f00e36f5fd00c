import type { Locator } from "playwright-core";

/** Where a word is drawn: its left edge and top, in CSS pixels. */
export interface DrawnAt {
  left: number;
  top: number;
}

/**
 * Where each word is drawn, as it lies in the element's text (its first place, searched after the
 * word before). Screenshots cannot be asserted on; this can: see `drawnAsWritten`.
 */
export function drawnLefts(element: Locator, words: readonly string[]): Promise<DrawnAt[]> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      texts.push(node as Text);
    }
    const lefts: { left: number; top: number }[] = [];
    let from = { text: 0, offset: 0 };
    for (const word of wanted) {
      let found = false;
      for (let t = from.text; t < texts.length && !found; t++) {
        const node = texts[t];
        if (node === undefined) continue;
        const at = node.data.indexOf(word, t === from.text ? from.offset : 0);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const box = range.getBoundingClientRect();
        lefts.push({ left: box.left, top: box.top });
        from = { text: t, offset: at + word.length };
        found = true;
      }
      if (!found) lefts.push({ left: Number.NaN, top: Number.NaN });
    }
    return lefts;
  }, words);
}

/**
 * Whether English words are drawn as written: each right of the one before on its line, or on a
 * line below it. A word not found is not.
 */
export function drawnAsWritten(drawn: readonly DrawnAt[]): boolean {
  return drawn.every((at, i) => {
    const before = drawn[i - 1];
    if (Number.isNaN(at.left)) return false;
    if (before === undefined) return true;
    if (Math.abs(at.top - before.top) < 1) return at.left > before.left;
    return at.top > before.top;
  });
}

/** The places as a short line for a failure message. */
export function spelled(drawn: readonly DrawnAt[]): string {
  return drawn.map(({ left, top }) => `${Math.round(left)}@${Math.round(top)}`).join(", ");
}

import type { Locator } from "playwright-core";

/**
 * Where each word is drawn, left edge in CSS pixels, as it lies in the element's text (its first
 * place, searched after the word before). Screenshots cannot be asserted on; this can: in an
 * English sentence drawn as written, each word's left edge lies right of the one before.
 */
export function drawnLefts(element: Locator, words: readonly string[]): Promise<number[]> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      texts.push(node as Text);
    }
    const lefts: number[] = [];
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
        lefts.push(range.getBoundingClientRect().left);
        from = { text: t, offset: at + word.length };
        found = true;
      }
      if (!found) lefts.push(Number.NaN);
    }
    return lefts;
  }, words);
}

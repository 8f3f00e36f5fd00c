/**
 * The characters the PDF's built-in fonts can draw (Windows-1252, "WinAnsi"): Latin letters
 * with their accents, and common punctuation. The report embeds no font file, so text in
 * another script (Greek, Cyrillic, Arabic, Chinese, emoji…) cannot be drawn in it.
 */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function printable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA.has(char);
}

/** What stands in for each character the report cannot draw. */
export const UNPRINTABLE_MARK = "?";

export interface PrintableText {
  readonly text: string;
  /** True when some characters were replaced, so the report can say so instead of hiding it. */
  readonly replaced: boolean;
}

/**
 * Text made safe for the report's fonts: each character it cannot draw becomes one mark, and
 * the caller is told, so a note in another script never breaks the report or vanishes unsaid.
 */
export function printableText(text: string): PrintableText {
  let out = "";
  let replaced = false;
  for (const char of text.normalize("NFC")) {
    if (printable(char)) out += char;
    else if (char === "\t" || char === "\r") out += " ";
    else {
      out += UNPRINTABLE_MARK;
      replaced = true;
    }
  }
  return { text: out, replaced };
}

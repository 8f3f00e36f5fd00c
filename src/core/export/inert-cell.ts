/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some spreadsheets strip before looking for one). A note that begins "=HYPERLINK(...)" in a
 * file someone opens must stay a note, so such a cell is written with a leading single quote,
 * which spreadsheets show as plain text (OWASP's advice on CSV injection).
 */
const FORMULA_STARTS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** The text as written, unless its first character would start a formula: then a quote before it. */
export function inertCell(text: string): string {
  const first = text.charAt(0);
  return FORMULA_STARTS.has(first) ? `'${text}` : text;
}

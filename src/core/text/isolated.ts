/*
 * Where a person's words are set inside the app's own sentence as plain text (a message draft to
 * copy, a reason on a card), the sentence must read the same whatever the words hold. A name
 * ending in RIGHT-TO-LEFT OVERRIDE (U+202E) left open turned every word after it backwards
 * ("Hi Danaym otni deppop uoy…"), on screen and in the text sent to a friend; a name in Arabic or
 * Hebrew can pull the punctuation and numbers after it to its side. Unicode's isolates keep the
 * words inside to themselves: FIRST STRONG ISOLATE (U+2068) takes its direction from the words'
 * first letter, and POP DIRECTIONAL ISOLATE (U+2069) ends it, and with it anything the words left
 * open.
 */
const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";
const POP_DIRECTIONAL_FORMATTING = "\u202C";

/** LRE, RLE, LRO and RLO: each opens an embedding or override that a PDF closes. */
const EMBEDDINGS = new Set(["\u202A", "\u202B", "\u202D", "\u202E"]);
/** LRI, RLI and FSI: each opens an isolate that a PDI closes. */
const ISOLATES = new Set(["\u2066", "\u2067", "\u2068"]);

/*
 * Whether the words could move anything around them: a direction control or mark (Bidi_Control),
 * or a letter of a right-to-left script. The ranges are those Unicode gives right-to-left by
 * default (Hebrew, Arabic, Syriac, Thaana, N'Ko and their neighbours, their presentation forms,
 * and the right-to-left planes' blocks); a digit or mark among them only makes the words isolated
 * when they need not be, which changes nothing a person sees.
 */
const MAY_REORDER =
  /[\p{Bidi_Control}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * The words with every direction control they open closed inside them, and every close that opens
 * nothing dropped: a stray PDI would otherwise end the isolate around them early and let an
 * override after it loose on the sentence, and an isolate they leave open would take the
 * sentence's own closing PDI.
 */
export function balancedDirections(text: string): string {
  const open: string[] = [];
  let out = "";
  for (const char of text) {
    if (EMBEDDINGS.has(char) || ISOLATES.has(char)) {
      open.push(char);
      out += char;
    } else if (char === POP_DIRECTIONAL_FORMATTING) {
      // A PDF closes the last embedding only when no isolate was opened after it (UAX #9 X7).
      if (open.length > 0 && EMBEDDINGS.has(open[open.length - 1] ?? "")) {
        open.pop();
        out += char;
      }
    } else if (char === POP_DIRECTIONAL_ISOLATE) {
      // A PDI closes its isolate and every embedding opened since (X6a).
      const at = open.findLastIndex((opened) => ISOLATES.has(opened));
      if (at >= 0) {
        open.length = at;
        out += char;
      }
    } else {
      out += char;
    }
  }
  for (const opened of open.reverse()) {
    out += ISOLATES.has(opened) ? POP_DIRECTIONAL_ISOLATE : POP_DIRECTIONAL_FORMATTING;
  }
  return out;
}

/**
 * A person's words as they go into a sentence the app builds as plain text, to show, copy or send:
 * wrapped in FSI … PDI when they could move the words around them, and left exactly as they are
 * when they could not. Most names are plain left-to-right letters, and two invisible characters
 * in every message would still cost something: an SMS holding either can no longer be sent in the
 * usual 7-bit alphabet, so it splits at 70 characters instead of 160.
 */
export function isolated(text: string): string {
  if (!MAY_REORDER.test(text)) return text;
  return `${FIRST_STRONG_ISOLATE}${balancedDirections(text)}${POP_DIRECTIONAL_ISOLATE}`;
}

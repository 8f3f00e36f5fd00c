// Space of any kind, and the characters meant to be drawn as nothing (zero-width space and
// joiners, soft hyphen, variation selectors, the byte-order mark): Unicode's own lists of them.
// Also combining marks (\p{M}): an accent is drawn on the letter before it, so one with no
// letter under it is a stray dot or stroke over nothing (or a dotted circle), not a name.
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}]*$/u;

/**
 * Whether a text shows anything when drawn. A name of a zero-width space passed "must not be
 * empty" and showed as a blank row in the circle, with nothing to tell it from another; so did a
 * lone combining accent (U+0301), which has no letter to sit on.
 */
export function showsAnything(text: string): boolean {
  return !INVISIBLE.test(text);
}

/** What every field that must show something says of a text that does not, after its name. */
export const SHOWS_NOTHING = "must not be empty: it holds only invisible characters";

/**
 * An optional text as it is kept: one that shows nothing counts as not written, as an empty one
 * always did, so a saved step never reads back as a blank that looks filled in.
 */
export function shownOrAbsent(text: string | null | undefined): string | undefined {
  return text !== null && text !== undefined && showsAnything(text) ? text : undefined;
}

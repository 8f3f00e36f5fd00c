// Space of any kind, and the characters meant to be drawn as nothing (zero-width space and
// joiners, soft hyphen, variation selectors, the byte-order mark): Unicode's own lists of them.
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * Whether a text shows anything when drawn. A name of a zero-width space passed "must not be
 * empty" and showed as a blank row in the circle, with nothing to tell it from another.
 */
export function showsAnything(text: string): boolean {
  return !INVISIBLE.test(text);
}

// What a text may hold and still show nothing when drawn. Unicode's own lists say most of it:
// - \p{White_Space}: space of every kind, tabs, and line and paragraph breaks (U+2028/U+2029).
// - \p{Default_Ignorable_Code_Point}: characters meant to be drawn as nothing: zero-width space
//   and joiners, soft hyphen, direction marks, word joiner and invisible operators (U+2060–U+2064),
//   variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF), tags, the byte-order mark, the Hangul
//   fillers (U+115F, U+1160, U+3164, U+FFA0), the combining grapheme joiner (U+034F), the Arabic
//   letter mark (U+061C), the Khmer inherent vowels (U+17B4/U+17B5), the Mongolian vowel
//   separator (U+180E) and the musical beam and slur controls (U+1D173–U+1D17A).
// - \p{M}: combining marks. An accent is drawn on the letter before it, so one with no letter
//   under it is a stray dot or stroke over nothing (or a dotted circle), not a name.
// - \p{Cc}: control characters are instructions to old terminals, not things to draw; a browser
//   draws them as nothing (or, at best, a box with a code in it).
// And by hand, the few that Unicode gives no property saying so:
// - U+2800 BRAILLE PATTERN BLANK: a braille cell with no dots raised, drawn as a blank the width
//   of a letter; it is a symbol (So), so no list of spaces holds it.
// - U+1D159 MUSICAL SYMBOL NULL NOTEHEAD: a notehead drawn as nothing, also a symbol.
// - U+FFF9–U+FFFB, the interlinear annotation marks: format characters that Unicode leaves out of
//   the ignorable list only so that software that does not know them may show them; browsers
//   draw them as nothing.
// - U+13430–U+1343F, the Egyptian hieroglyph format controls: left out of the ignorable list for
//   the same reason; they only say how the hieroglyphs around them are laid out.
// Other format characters (\p{Cf}) are not all listed: the Arabic and Kaithi number signs
// (U+0600–U+0605, U+06DD, U+0890, U+0891, U+08E2, U+110BD, U+110CD) and the Syriac abbreviation
// mark (U+070F) are drawn as visible signs even with no digits after them.
const INVISIBLE =
  /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\p{Cc}\u2800\u{1D159}\uFFF9-\uFFFB\u{13430}-\u{1343F}]*$/u;

/**
 * Whether a text shows anything when drawn. A name of a zero-width space passed "must not be
 * empty" and showed as a blank row in the circle, with nothing to tell it from another; so did a
 * lone combining accent (U+0301), which has no letter to sit on, and a braille blank (U+2800).
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

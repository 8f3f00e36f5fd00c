/*
 * Control characters (C0, DEL, C1), format characters (a bidi override turns the words around it;
 * a zero-width mark hides) and half a surrogate pair: a name from a request holding one cannot be
 * repeated in a refusal as it is without changing what the person reads.
 */
const UNSHOWABLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/** A name from a request as a refusal may show it: each unshowable character spelled `<U+001B>`. */
export function shownName(name: string): string {
  return name.replace(UNSHOWABLE, (char) => {
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    return `<U+${code}>`;
  });
}

/*
 * Control characters (C0, DEL, C1), format characters (a bidi override turns the words around it;
 * a zero-width mark hides), the line and paragraph separators (they break the line they are in)
 * and half a surrogate pair: a name holding one cannot be repeated as it is without changing what
 * the person reads. On a terminal a control character does more: it can clear the screen, move
 * the cursor or retitle the window.
 */
const UNSHOWABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * A name someone else chose as a message may show it, each unshowable character spelled
 * `<U+001B>`: a name from a request in a refusal, and a name, path or key the `reconnect` command
 * echoes to a terminal. One rule for both, so the command's messages (some of which repeat a
 * refusal's words) spell a character one way. Everything else is left as it is.
 */
export function shownName(name: string): string {
  return name.replace(UNSHOWABLE, (char) => {
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    return `<U+${code}>`;
  });
}

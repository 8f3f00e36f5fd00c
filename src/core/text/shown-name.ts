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

/**
 * The most characters of a name from a request that a refusal repeats. A name is the sender's
 * to choose, of any length a body holds; repeated whole (and spelled out, eight characters for
 * one) it made a refusal many times the size of what was sent, and a large import's took the
 * server over a minute to build. No field the app knows is a tenth as long.
 */
export const SHOWN_NAME_LENGTH = 60;

/**
 * A name from a request as a refusal shows it: its first SHOWN_NAME_LENGTH characters (code
 * points, so an emoji is never cut in half), then `…` when there were more, spelled as
 * `shownName` spells it. Only the start is read, however long the name.
 */
export function shownFieldName(name: string): string {
  let end = 0;
  for (let count = 0; count < SHOWN_NAME_LENGTH && end < name.length; count++) {
    end += (name.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return end < name.length ? `${shownName(name.slice(0, end))}…` : shownName(name);
}

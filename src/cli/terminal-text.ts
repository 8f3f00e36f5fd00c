/**
 * Text someone else chose (an argument, a file or folder name, a name or key read from a file or
 * the database) as it may be written to a terminal: every control character (C0, DEL and C1),
 * the line and paragraph separators and the bidirectional overrides are shown as `\u001b`-style
 * escapes, so none can clear the screen, move the cursor, retitle the window or turn the rest of
 * the line around. Everything else is left as it is, so an ordinary name reads as typed.
 */
export function shown(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += acts(code) ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }
  return out;
}

/** A message of several lines of our own, any of which may hold such text: each line `shown`. */
export function shownLines(text: string): string {
  return text.split("\n").map(shown).join("\n");
}

function acts(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

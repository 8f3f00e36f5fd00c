/**
 * Where "Back to Reconnect" on the crisis page leads: the app's screen the person left for help,
 * carried as `/crisis?from=/thoughts/new`. Only a plain path of this site is taken (no other
 * host, no `//`, no query), so the link can never lead anywhere else; anything else is the
 * check-in screen, as before.
 */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9/_-]{0,99}$/;

export function returnPath(value: unknown): string | null {
  if (typeof value !== "string" || !PLAIN_PATH.test(value)) return null;
  if (value === "/" || value === "/crisis" || value.startsWith("/crisis/")) return null;
  return value;
}

/** The crisis page's address from a screen, so its way back leads to that screen. */
export function crisisPageFrom(path: string): string {
  const from = returnPath(path);
  return from === null ? "/crisis" : `/crisis?from=${encodeURIComponent(from)}`;
}

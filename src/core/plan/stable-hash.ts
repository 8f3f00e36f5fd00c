/**
 * FNV-1a over a string, as an unsigned 32-bit number. Used to order equally good choices so
 * the same day always gives the same answer, while a different day gives a different one.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

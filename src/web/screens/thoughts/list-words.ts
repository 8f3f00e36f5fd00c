import { isolated } from "../../../core/text/isolated.js";

/*
 * The thought list's own sentences around the person's words: a thought begun and not saved, and
 * what a search found. Kept apart from the screen so what they say can be tested without drawing.
 * Their words go in isolated: a thought ending in a right-to-left override left open drew "It's
 * kept on this device until you save it" backwards after it.
 */

const PREVIEW_LENGTH = 140;

/** A thought cut to a line or two, for a list. */
export function preview(text: string): string {
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH).trimEnd()}…` : text;
}

/** A thought begun on this device and not saved yet, quoted before the words that follow it. */
export function unsavedQuote(thought: string): string {
  return `“${isolated(preview(thought.trim()))}”`;
}

/** What the status line says once a search is done. */
export function searchWords(found: number, query: string): string {
  const quoted = `"${isolated(query)}"`;
  if (found === 0) return `Nothing matches ${quoted}.`;
  return `${found === 1 ? "One record matches" : `${found} records match`} ${quoted}.`;
}

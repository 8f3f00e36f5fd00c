import { shownName } from "../core/text/shown-name.js";

/**
 * A message of several lines of our own, any of which may hold text someone else chose (an
 * argument, a file or folder name, a name or key read from a file or the database): each line
 * as `shownName` shows it, so none can act on the terminal and the lines stay lines.
 */
export function shownLines(text: string): string {
  return text.split("\n").map(shownName).join("\n");
}

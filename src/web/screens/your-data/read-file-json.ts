/**
 * The largest file the page reads itself, to count what it holds and to name a refused record by
 * its date. A phone holds a file this size parsed with ease; a larger one is sent unread, as
 * every import file is, and is then spoken of without its numbers.
 */
export const READ_LIMIT_BYTES = 5 * 1024 * 1024;

/** The file parsed as JSON, or undefined when it is too large to read here or is not JSON. */
export async function readFileJson(file: Blob): Promise<unknown> {
  if (file.size > READ_LIMIT_BYTES) return undefined;
  try {
    return JSON.parse(await file.text());
  } catch {
    return undefined;
  }
}

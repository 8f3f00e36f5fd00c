import { parseChunked } from "@discoveryjs/json-ext";
import { AppError } from "../errors/app-error.js";
import { notUtf8 } from "../http/body-encoding.js";
import { giveWay } from "../http/give-way.js";
import { JsonShapeCheck } from "../http/json-shape.js";
import { jsonShapeRefusal } from "../http/json-shape-refusal.js";

/**
 * A `"__proto__"` key, also when written with \u escapes (the pattern Fastify's own JSON parser
 * refuses). The streaming parser joins the pieces of an object with Object.assign, which would
 * take such a key as the object's prototype rather than as a field, so it is refused up front,
 * as every other JSON body in the app is. A key is the text followed by a colon; a note that
 * says only "__proto__" is kept, unless the piece ends before its colon could be seen.
 */
const PROTO_KEY =
  /"(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])"\s*(?::|$)/;
/** The longest spelling of that key: kept from the end of one piece so a split key is still seen. */
const LONGEST_PROTO_KEY = 2 + 9 * 6;

/**
 * The most keys one object of an import may hold: an export's largest object has a few dozen. The
 * streaming parser counts an object's keys again with each piece it adds to it, so an object of
 * a million keys (every one unknown, to be refused anyway) held the server for minutes.
 */
export const MOST_KEYS = 1_000;

const tooLarge = (limit: number) =>
  new AppError(
    413,
    "body-too-large",
    `That file is larger than Reconnect takes (${limit / (1024 * 1024)} MB at most), so nothing was imported.`,
  );

const notJson = () =>
  new AppError(
    400,
    "invalid-json",
    "The file is not valid JSON (it may be cut short or changed by hand). Nothing was imported.",
  );

// The sender stopped part-way (a closed tab, a dropped connection): theirs to retry, not a fault
// here, so a 400 like any other unreadable file rather than a 500 in the log.
const cutShort = () =>
  new AppError(
    400,
    "upload-cut-short",
    "The file did not arrive whole (the upload stopped part-way), so nothing was imported. Please try again.",
  );

const protoKey = () =>
  new AppError(
    400,
    "invalid-json",
    "The file holds a field named __proto__. Nothing was imported.",
  );

/**
 * The body's bytes as UTF-8 text, a piece at a time: refused as soon as it passes `limit` bytes,
 * holds bytes that are not UTF-8 (never quietly turned into U+FFFD), names `__proto__`, gives a
 * key twice in one object or nests too deep (the rules of every JSON body, http/json-shape.ts).
 */
async function* utf8Pieces(
  bytes: AsyncIterable<Buffer>,
  limit: number,
  seen: { text: boolean },
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let total = 0;
  let tail = "";
  const shape = new JsonShapeCheck(MOST_KEYS);
  const checked = (text: string) => {
    const window = tail + text;
    if (PROTO_KEY.test(window)) throw protoKey();
    const problem = shape.feed(text);
    if (problem) throw jsonShapeRefusal(problem, "file");
    tail = window.slice(-LONGEST_PROTO_KEY);
    if (!seen.text && text.trim() !== "") seen.text = true;
    return text;
  };
  const source = bytes[Symbol.asyncIterator]();
  for (;;) {
    // Pieces a socket has already read ahead arrive one after another without a turn of the event
    // loop, and parsing each costs about a millisecond: a whole file's worth held every other
    // request meanwhile. One turn a piece lets them in.
    if (total > 0) await giveWay();
    let next: IteratorResult<Buffer>;
    try {
      next = await source.next();
    } catch {
      throw cutShort();
    }
    if (next.done) break;
    const chunk = next.value;
    total += chunk.length;
    if (total > limit) throw tooLarge(limit);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw notUtf8("file");
    }
    if (text !== "") yield checked(text);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw notUtf8("file");
  }
  if (rest !== "") yield checked(rest);
  // A number the file ends on is judged only once the file is known to end there.
  const last = shape.end();
  if (last) throw jsonShapeRefusal(last, "file");
}

/**
 * Reads an import's JSON body as it arrives, so a 50 MB file is never held whole: not as bytes,
 * not as one long string, only as the value it parses to. An empty body reads as undefined, as
 * for every other route (the route then says what it expected).
 */
export async function readJsonStream(
  bytes: AsyncIterable<Buffer>,
  limit: number,
  declaredLength?: string,
): Promise<unknown> {
  // A Content-Length over the limit is refused before a byte is read.
  if (declaredLength !== undefined && Number(declaredLength) > limit) throw tooLarge(limit);
  const seen = { text: false };
  let value: unknown;
  try {
    value = await parseChunked(utf8Pieces(bytes, limit, seen));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    if (!seen.text) return undefined;
    throw notJson();
  }
  return value;
}

import type { ExportDocument } from "../../core/export/export-document.schema.js";

/** About how much text goes out at a time: one write per record would be thousands of writes. */
const PIECE_LENGTH = 64 * 1024;

/** The document as JSON, a record at a time. */
function* recordTexts(doc: ExportDocument): Generator<string> {
  const keys = Object.keys(doc) as (keyof ExportDocument)[];
  yield "{";
  for (const [index, key] of keys.entries()) {
    const value = doc[key];
    yield `${index === 0 ? "" : ","}${JSON.stringify(key)}:`;
    if (Array.isArray(value)) {
      yield "[";
      for (const [position, item] of value.entries()) {
        yield `${position === 0 ? "" : ","}${JSON.stringify(item)}`;
      }
      yield "]";
    } else {
      yield JSON.stringify(value);
    }
  }
  yield "}\n";
}

/**
 * The document as JSON in pieces of about 64 KB, so the whole text is never held at once: a
 * person with years of check-ins gets their file without the server building one long string.
 */
export function* exportChunks(doc: ExportDocument): Generator<string> {
  let piece = "";
  for (const text of recordTexts(doc)) {
    piece += text;
    if (piece.length >= PIECE_LENGTH) {
      yield piece;
      piece = "";
    }
  }
  if (piece !== "") yield piece;
}

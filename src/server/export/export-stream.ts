import type { ExportDocument } from "../../core/export/export-document.schema.js";

/**
 * The document as JSON, a record at a time, so the whole text is never held at once: a person
 * with years of check-ins gets their file without the server building one long string.
 */
export function* exportChunks(doc: ExportDocument): Generator<string> {
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

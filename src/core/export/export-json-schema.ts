import { z } from "zod";
import { EXPORT_VERSION, exportDocumentSchema } from "./export-document.schema.js";

/**
 * The export's shape as a JSON Schema (draft 2020-12), made from the same zod schema that checks
 * an import, so the published file cannot drift from what the program accepts. Rules JSON Schema
 * cannot say (a real calendar date, a kept trap not also set aside) are checked on import only.
 */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportDocumentSchema, { io: "input", unrepresentable: "any" }),
    title: `Reconnect export, version ${EXPORT_VERSION}`,
    description:
      "Everything that belongs to one person in Reconnect, as GET /api/export writes it and POST /api/import reads it.",
  };
}

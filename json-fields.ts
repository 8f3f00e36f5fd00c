import { readFile } from "node:fs/promises";
import type { Plugin } from "vite";

/**
 * Builds the browser's copy of a JSON file with only the named top-level fields. The bundler
 * keeps a default-imported JSON file whole, so a field the browser never reads (a file's notes
 * for its maintainers) would travel in every first visit's script all the same. `file` is the
 * file's path from the project's root, as the bundler names it (ending its id); a kept field the
 * file lacks stops the build, rather than shipping a page without it. The server and the tests
 * read the file itself, whole.
 */
export function jsonFields(file: string, keep: readonly string[]): Plugin {
  return {
    name: "reconnect:json-fields",
    apply: "build",
    enforce: "pre",
    async load(id) {
      if (!id.endsWith(file)) return null;
      const whole: unknown = JSON.parse(await readFile(id, "utf8"));
      if (typeof whole !== "object" || whole === null || Array.isArray(whole)) {
        throw new Error(`json-fields: ${file} is not a JSON object`);
      }
      const fields = new Map(Object.entries(whole));
      const kept: Record<string, unknown> = {};
      for (const field of keep) {
        if (!fields.has(field)) throw new Error(`json-fields: ${file} has no "${field}"`);
        kept[field] = fields.get(field);
      }
      return JSON.stringify(kept);
    },
  };
}

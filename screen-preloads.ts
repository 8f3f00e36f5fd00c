import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { SCREEN_FILES_NAME, screenSources } from "./src/core/app-routes/screen-files.js";

/**
 * Writes, beside the built app, which built files each screen of its own needs (its chunk and
 * the chunks that chunk imports), leaving out what the page already names. The server puts them
 * in the page it sends for that screen's address as module preloads, so a first visit to the
 * plan, thoughts or insights fetches the screen beside the app's script instead of after the
 * entry has run (src/server/web/screen-page.ts, issue 13).
 */
export function screenPreloads(): Plugin {
  let root = "";
  return {
    name: "reconnect:screen-preloads",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    writeBundle(options, bundle) {
      const page = bundle["index.html"];
      const html = page?.type === "asset" ? String(page.source) : "";
      const chunks = Object.values(bundle).flatMap((file) => (file.type === "chunk" ? [file] : []));
      const table: Record<string, string[]> = {};
      for (const [name, source] of Object.entries(screenSources)) {
        const id = path.join(root, source);
        const chunk = chunks.find((candidate) => candidate.moduleIds.includes(id));
        if (chunk === undefined)
          throw new Error(`screen-preloads: no chunk is built from ${source}`);
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const file = bundle[fileName];
          for (const imported of file?.type === "chunk" ? file.imports : []) add(imported);
        };
        add(chunk.fileName);
        table[name] = [...files]
          .map((fileName) => `/${fileName}`)
          .filter((href) => !html.includes(`"${href}"`));
      }
      writeFileSync(
        path.join(options.dir ?? "", SCREEN_FILES_NAME),
        `${JSON.stringify(table, null, 2)}\n`,
      );
    },
  };
}

import type { Plugin } from "vite";

/**
 * Names the app's own files in the page as module preloads. The entry loads the app with a
 * dynamic import (so its early requests run first, src/web/main.tsx), and a browser would
 * otherwise find those files only once the entry has run: one round trip later on every first
 * visit. `entry` is the source file the entry imports, relative to the app's root.
 */
export function preloadApp(entry: string): Plugin {
  return {
    name: "reconnect:preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle;
        if (bundle === undefined) return [];
        const chunks = Object.values(bundle).flatMap((file) =>
          file.type === "chunk" ? [file] : [],
        );
        // The file that holds `entry` (the bundler may give it a file of its own or merge it).
        const start = chunks.find((chunk) =>
          chunk.moduleIds.some((id) => id.endsWith(`/${entry}`)),
        );
        if (start === undefined) throw new Error(`preload-app: no chunk is built from ${entry}`);
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of bundle[fileName]?.type === "chunk"
            ? bundle[fileName].imports
            : []) {
            add(imported);
          }
        };
        add(start.fileName);
        return (
          [...files]
            // What the page already preloads (the entry's own imports) is not named twice.
            .filter((fileName) => !html.includes(`/${fileName}"`))
            .map((fileName) => ({
              tag: "link",
              attrs: { rel: "modulepreload", crossorigin: true, href: `/${fileName}` },
              injectTo: "head" as const,
            }))
        );
      },
    },
  };
}

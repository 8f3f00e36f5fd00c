import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The browser app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    // Inline nothing: the Content-Security-Policy allows only same-origin files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: {
      output: {
        // zod and the line that turns off its `new Function` probe travel in one chunk, so the
        // setting is in force before any schema, in any chunk, is created.
        manualChunks(id: string) {
          if (id.includes("/node_modules/zod/") || id.endsWith("/src/web/zod-config.ts"))
            return "zod";
          return undefined;
        },
      },
    },
  },
});

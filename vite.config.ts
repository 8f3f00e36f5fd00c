import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { PREACT } from "./preact-aliases.js";

const SHARED = [
  "/node_modules/preact/",
  "/node_modules/zod/",
  "/src/web/zod-config.ts",
  "/src/web/app/",
  "/src/web/api/",
  "/src/web/components/",
  "/src/core/api/",
  "/src/core/accounts/",
  "/src/core/checkins/",
  "/src/core/crisis/",
  "/src/core/dates/",
];

// Under a shared folder, yet used only by screens that load when opened (check-ups, the safety
// plan, insights): kept out of the first script, with the questionnaires' scoring it brings.
const LATER = ["/src/web/api/safety.ts"];

// The browser app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: "src/web",
  resolve: { alias: PREACT },
  plugins: [
    react(),
    // The service worker (src/web/pwa/sw.ts, Workbox) is built beside the app with the list of
    // every file to keep on the device. The manifest is our own file in public/, and the app
    // registers the worker itself (src/web/pwa/register.ts).
    VitePWA({
      strategies: "injectManifest",
      srcDir: "pwa",
      filename: "sw.ts",
      injectRegister: false,
      manifest: false,
      injectManifest: {
        rollupFormat: "iife",
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        // Lessons and the trap model make some chunks large; all of them are kept.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    // Inline nothing: the Content-Security-Policy allows only same-origin files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: {
      output: {
        // What every screen needs travels as one file, so a first visit waits on two requests
        // (this and the entry), not a handful of small shared pieces. zod and the line that turns
        // off its `new Function` probe are in it, ahead of any schema, so the setting is in
        // force before any schema, in any chunk, is created. Screens opened later stay apart.
        manualChunks(id: string) {
          if (LATER.some((part) => id.includes(part))) return undefined;
          return SHARED.some((part) => id.includes(part)) ? "app" : undefined;
        },
      },
    },
  },
});

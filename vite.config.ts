import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { jsonFields } from "./json-fields.js";
import { PREACT } from "./preact-aliases.js";
import { preloadApp } from "./preload-app.js";

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

// What the page's tiny entry needs to start the screen's requests before the app arrives
// (src/web/app/early-requests.ts): a file of its own, so the entry waits on nothing bigger.
const EARLY = [
  // The bundler's helper that loads the app with its files side by side.
  "vite/preload-helper",
  "/src/web/app/early-requests.ts",
  "/src/web/app/early-paths.ts",
  "/src/web/app/routes.ts",
  "/src/web/screens/history/months.ts",
  "/src/core/checkins/heavy-day-run.ts",
  "/src/core/dates/local-date.ts",
  // Date formats, which the entry builds while the app downloads (src/web/main.tsx).
  "/src/web/dates/lazy-date-format.ts",
  "/src/web/components/day-name.ts",
  // Awaited by the entry between running the app's files and its first render.
  "/src/web/app/next-task.ts",
  // Starts the file of the screen in the address beside the app's (a list of dynamic imports).
  "/src/web/app/screen-modules.ts",
  // Puts back each history entry's scroll, from the entry before the load event; the router
  // imports it too, and in the app's file the entry waited on the whole app before its first line.
  "/src/web/app/scroll-back.ts",
  "/src/web/app/scroll-places.ts",
  // "Get help now" in the page's first frame, before the app (src/web/first-frame-help.ts): the
  // region's lines and what asks whether the crisis page can open, shared with the app.
  "/src/web/first-frame-help.ts",
  "/src/web/components/crisis/crisis-page-reach.ts",
  "/src/web/components/tap-through.ts",
  "/src/core/crisis/contact-links.ts",
  "/src/core/crisis/region-pick.ts",
  "/src/core/crisis/resources.json",
];

const ZOD = ["/node_modules/zod/", "/src/web/zod-config.ts"];

// Under a shared folder, yet used only by screens that load when opened (check-ups, the safety
// plan, insights; the people screen and an invitation link): kept out of the first script, with
// the questionnaires' scoring and the schemas only those screens build.
const LATER = [
  "/src/web/api/safety.ts",
  "/src/core/accounts/account-admin.schema.ts",
  "/src/core/accounts/invitation.schema.ts",
];

// What the plan's first paint needs beyond the app's file, as one file rather than seven small
// ones a phone fetches side by side (issue 13): the screen, its ideas' and plans' schemas and
// API, and the pieces it shares with the circle and a thought record. Its sections below the
// week stay a file of their own, loaded once the ideas are in (PlanMoreSections.tsx).
const PLAN_FIRST = [
  "/src/web/screens/plan/PlanScreen.tsx",
  "/src/web/screens/plan/EnergyPicker.tsx",
  "/src/web/screens/plan/ZeroToTen.tsx",
  "/src/web/screens/plan/plan-api.ts",
  "/src/core/plan/",
  "/src/core/circle/person.schema.ts",
];

// What the screens loaded later share: the questionnaires' scoring and schemas, the safety plan's
// schema and its API, the check-ups' score chart and words. As one file, not five of one to three
// KB: insights needs them all before it can paint, and a phone opens six connections at most, so
// five small files held the insights' own answers back for a round trip (issue 13). Check-ups, the
// safety plan and the check-in's check-up offer load the same file.
const CHECKUPS_SHARED = [
  "/src/core/assessments/",
  "/src/core/safety-plan/safety-plan.schema.ts",
  "/src/web/api/safety.ts",
  "/src/web/screens/check-ups/ScoreHistory.tsx",
  "/src/web/screens/check-ups/meaning.ts",
  "/src/core/insights/wording.ts",
];

// The browser app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: "src/web",
  resolve: { alias: PREACT },
  plugins: [
    react(),
    preloadApp("start-app.tsx"),
    // The first frame shows the crisis lines (src/web/first-frame-help.ts): its file's note for
    // maintainers and compiled date would only add to every first visit's script.
    jsonFields("/src/core/crisis/resources.json", ["fallback", "regions"]),
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
        // The early group is taken first: a group also takes what its files import, and the
        // app's files import the early ones, which must stay out of the app's big file. zod and
        // its setting have a file of their own, which the app's imports: so the setting runs
        // before any schema in the app is created, whatever order the bundler gives the app's
        // modules (the app is loaded by a dynamic import, which leaves that order to it).
        codeSplitting: {
          groups: [
            {
              name: "zod",
              priority: 3,
              test: (id: string) => ZOD.some((part) => id.includes(part)),
            },
            {
              name: "early",
              priority: 2,
              test: (id: string) => EARLY.some((part) => id.includes(part)),
            },
            {
              name: "plan",
              priority: 0,
              test: (id: string) => PLAN_FIRST.some((part) => id.includes(part)),
            },
            {
              name: "checkups-shared",
              priority: 0,
              test: (id: string) => CHECKUPS_SHARED.some((part) => id.includes(part)),
            },
            {
              name: "app",
              priority: 1,
              test: (id: string) =>
                !LATER.some((part) => id.includes(part)) &&
                SHARED.some((part) => id.includes(part)),
            },
          ],
        },
      },
    },
  },
});

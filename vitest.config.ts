import { defineConfig } from "vitest/config";
import { PREACT } from "./preact-aliases.js";

export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests of the browser's components run them on what ships: Preact's compat layer.
        resolve: { alias: PREACT },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/api/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          // One browser at a time: the machine has two cores, and journeys share nothing.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A browser on a loaded machine (the whole suite runs beside it) can take seconds to
          // move focus or redraw; polling for it gives up after one second unless told otherwise,
          // and a journey failed on a focus that settled a moment later. As long as a locator's wait.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});

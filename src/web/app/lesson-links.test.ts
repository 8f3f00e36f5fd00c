import { describe, expect, it } from "vitest";
import { APP_PATHS } from "../../core/learn/lesson.js";
import { parseRoute } from "./routes.js";

// Pages the server renders itself, with no app screen behind them (tested in src/server).
const SERVER_PAGES = new Set<string>(["/crisis", "/support"]);

describe("every place a lesson's try-this link can point", () => {
  it.each(APP_PATHS.filter((path) => !SERVER_PAGES.has(path)))(
    "%s opens a screen of the app",
    (path) => {
      expect(parseRoute(path).name).not.toBe("not-found");
    },
  );
});

import { describe, expect, it } from "vitest";
import { parseRoute } from "./routes.js";
import { screenNamesOf } from "./screen-files.js";

describe("the files the page's entry starts for an address", () => {
  it("a screen in a file of its own starts that file", () => {
    expect(screenNamesOf(parseRoute("/plan"))).toEqual(["plan"]);
    expect(screenNamesOf(parseRoute("/insights"))).toEqual(["insights"]);
    expect(screenNamesOf(parseRoute("/thoughts"))).toEqual(["thoughts"]);
    expect(screenNamesOf(parseRoute("/learn/cycle"))).toEqual(["learn"]);
  });

  it("a thought record starts the thoughts file and the record's, side by side", () => {
    expect(screenNamesOf(parseRoute("/thoughts/new"))).toEqual(["thoughts", "thoughtRecord"]);
  });

  it("the check-in screen and history are in the first script: nothing more is started", () => {
    expect(screenNamesOf(parseRoute("/"))).toEqual([]);
    expect(screenNamesOf(parseRoute("/history"))).toEqual([]);
    expect(screenNamesOf(parseRoute("/sign-in"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { parseRoute } from "./routes.js";
import { screenModulesOf } from "./screen-modules.js";

describe("the files the page's entry starts for an address", () => {
  it("a screen in a file of its own starts that file", () => {
    expect(screenModulesOf(parseRoute("/plan"))).toEqual(["plan"]);
    expect(screenModulesOf(parseRoute("/insights"))).toEqual(["insights"]);
    expect(screenModulesOf(parseRoute("/thoughts"))).toEqual(["thoughts"]);
    expect(screenModulesOf(parseRoute("/learn/cycle"))).toEqual(["learn"]);
  });

  it("a thought record starts the thoughts file and the record's, side by side", () => {
    expect(screenModulesOf(parseRoute("/thoughts/new"))).toEqual(["thoughts", "thoughtRecord"]);
  });

  it("the check-in screen and history are in the first script: nothing more is started", () => {
    expect(screenModulesOf(parseRoute("/"))).toEqual([]);
    expect(screenModulesOf(parseRoute("/history"))).toEqual([]);
    expect(screenModulesOf(parseRoute("/sign-in"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { withFullStop } from "./full-stop.js";

describe("a step ended as a sentence", () => {
  it("adds a full stop to a line without one", () => {
    expect(withFullStop("Press record and say hello")).toBe("Press record and say hello.");
    expect(withFullStop("Send one line  ")).toBe("Send one line.");
  });

  it("leaves a line already ended, however it ends", () => {
    for (const ended of [
      "Call Jo.",
      "Ask how they are?",
      "Go!",
      "Wait…",
      'Say "hi."',
      "(Or text.)",
    ]) {
      expect(withFullStop(ended)).toBe(ended);
    }
  });

  it("adds nothing to nothing", () => {
    expect(withFullStop("")).toBe("");
  });
});

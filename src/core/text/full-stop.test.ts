import { describe, expect, it } from "vitest";
import { isolatedWithFullStop, withFullStop } from "./full-stop.js";

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

describe("isolatedWithFullStop", () => {
  it("leaves plain words as withFullStop does", () => {
    expect(isolatedWithFullStop("Walk ")).toBe("Walk.");
    expect(isolatedWithFullStop("Call Sam?")).toBe("Call Sam?");
  });

  it("isolates words that could move ours, and sets the added full stop after the isolate", () => {
    expect(isolatedWithFullStop("Walk\u202E")).toBe("\u2068Walk\u202E\u202C\u2069.");
    expect(isolatedWithFullStop("\u05DC\u05DB\u05EA!")).toBe("\u2068\u05DC\u05DB\u05EA!\u2069");
  });
});

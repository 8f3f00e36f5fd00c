import { describe, expect, it } from "vitest";
import { mergeLines } from "./three-way-merge.js";

const same = (line: string) => line;

describe("one step's lines changed on two devices over the same saved version", () => {
  it("leaves out a line removed on the other device and untouched here", () => {
    const merged = mergeLines(["Call Jo", "Walk"], ["Call Jo", "Walk"], same, ["Walk"]);
    expect(merged).toEqual({ kept: ["Walk"], added: [] });
  });

  it("does not bring back a line removed here and untouched on the other device", () => {
    const merged = mergeLines(["Call Jo", "Walk"], ["Walk"], same, ["Call Jo", "Walk"]);
    expect(merged).toEqual({ kept: ["Walk"], added: [] });
  });

  it("keeps the words of a line changed here and removed on the other device", () => {
    const merged = mergeLines(["Call Jo"], ["Call Jo tonight"], same, []);
    expect(merged).toEqual({ kept: ["Call Jo tonight"], added: [] });
  });

  it("keeps the words of a line changed on the other device and removed here", () => {
    const merged = mergeLines(["Call Jo"], [], same, ["Call Jo tonight"]);
    expect(merged).toEqual({ kept: [], added: ["Call Jo tonight"] });
  });

  it("keeps lines added on either, each once, and this device's blank boxes", () => {
    const merged = mergeLines(["Walk"], ["Walk", "Bath", ""], same, [
      "Walk",
      "Tea",
      " Tea",
      "Bath",
    ]);
    expect(merged).toEqual({ kept: ["Walk", "Bath", ""], added: ["Tea"] });
  });

  it("compares lines as they are saved: spaces around them and lines showing nothing aside", () => {
    const merged = mergeLines([" Call Jo "], ["Call Jo  "], same, ["\u200b"]);
    expect(merged).toEqual({ kept: [], added: [] });
  });

  it("keeps every line of both when the version typed over is not known", () => {
    const merged = mergeLines(null, ["Walk"], same, ["Call Jo", "Walk"]);
    expect(merged).toEqual({ kept: ["Walk"], added: ["Call Jo"] });
  });

  it("keeps a line removed on one device that the other device wrote again itself", () => {
    // Not in the version typed over, so written anew here: nothing of it was removed.
    const merged = mergeLines([], ["Call Jo"], same, []);
    expect(merged).toEqual({ kept: ["Call Jo"], added: [] });
  });
});

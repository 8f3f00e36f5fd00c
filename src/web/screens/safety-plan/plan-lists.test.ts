import { describe, expect, it } from "vitest";
import { entry, inputOf, keptTogether, listsOf, textsOf } from "./plan-lists.js";

describe("the lines of a step as they are saved", () => {
  it("leave out a line that shows nothing, as an empty one, since the server refuses it", () => {
    const lines = ["Call Jo", "", "  ", "\u200b", "\u0301", " Walk the dog "].map(entry);
    expect(textsOf(lines)).toEqual(["Call Jo", "Walk the dog"]);
  });
});

describe("a plan changed somewhere else, kept together with this device's copy", () => {
  const empty = {
    warningSigns: [],
    copingAlone: [],
    distractions: [],
    peopleToAsk: [],
    professionals: [],
    saferSurroundings: [],
    reasonsForLiving: [],
  };

  it("adds each saved line this copy lacks once, after its own lines, which keep their keys", () => {
    const here = listsOf({ ...empty, reasonsForLiving: ["My sister's laugh", ""] });
    const saved = { ...empty, reasonsForLiving: [" My sister's laugh", "The dog", "The dog"] };
    const merged = keptTogether(here, { ...saved, peopleToAsk: ["\u200b", "Alex"] });
    expect(merged.reasonsForLiving.slice(0, 2)).toEqual(here.reasonsForLiving);
    expect(inputOf(merged)).toEqual({
      ...empty,
      reasonsForLiving: ["My sister's laugh", "The dog"],
      peopleToAsk: ["Alex"],
    });
  });
});

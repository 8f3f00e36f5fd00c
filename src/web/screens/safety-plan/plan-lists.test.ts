import { describe, expect, it } from "vitest";
import {
  entry,
  inputOf,
  keptTogether,
  listsOf,
  overLimit,
  sendableOf,
  textsOf,
} from "./plan-lists.js";

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
    // Not knowing the version both were typed over, nothing is taken as removed.
    const merged = keptTogether(here, { ...saved, peopleToAsk: ["\u200b", "Alex"] }, null);
    expect(merged.reasonsForLiving.slice(0, 2)).toEqual(here.reasonsForLiving);
    expect(inputOf(merged)).toEqual({
      ...empty,
      reasonsForLiving: ["My sister's laugh", "The dog"],
      peopleToAsk: ["Alex"],
    });
  });
});

describe("a plan changed on two devices over the same saved version", () => {
  const empty = {
    warningSigns: [],
    copingAlone: [],
    distractions: [],
    peopleToAsk: [],
    professionals: [],
    saferSurroundings: [],
    reasonsForLiving: [],
  };
  const base = { ...empty, peopleToAsk: ["Alex", "Sam"], reasonsForLiving: ["The dog"] };

  it("honours a line removed on one and left alone on the other, on either side", () => {
    const here = listsOf({ ...base, peopleToAsk: ["Alex"] });
    const saved = { ...base, reasonsForLiving: [] };
    const merged = keptTogether(here, saved, base);
    expect(inputOf(merged)).toEqual({ ...empty, peopleToAsk: ["Alex"] });
    // The lines kept from this device keep their keys, so a box being typed in stays put.
    expect(merged.peopleToAsk).toEqual(here.peopleToAsk);
  });

  it("keeps a line changed on one device though it was removed on the other", () => {
    // "Alex" changed here and removed there; "The dog" removed here and changed there.
    const here = listsOf({ ...base, peopleToAsk: ["Alex, any time", "Sam"], reasonsForLiving: [] });
    const saved = { ...base, peopleToAsk: ["Sam"], reasonsForLiving: ["The dog, Miso"] };
    const merged = keptTogether(here, saved, base);
    expect(inputOf(merged)).toEqual({
      ...empty,
      peopleToAsk: ["Alex, any time", "Sam"],
      reasonsForLiving: ["The dog, Miso"],
    });
  });
});

describe("a step kept together past the lines it can hold", () => {
  const empty = {
    warningSigns: [],
    copingAlone: [],
    distractions: [],
    peopleToAsk: [],
    professionals: [],
    saferSurroundings: [],
    reasonsForLiving: [],
  };
  const lines = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `Sign ${from + i}`);

  it("keeps every line of both, and names the step over the limit", () => {
    const here = listsOf({ ...empty, warningSigns: lines(1, 19), peopleToAsk: ["Alex"] });
    const saved = { ...empty, warningSigns: [...lines(1, 15), ...lines(30, 33)] };
    const merged = keptTogether(here, saved, { ...empty, warningSigns: lines(1, 15) });
    expect(textsOf(merged.warningSigns)).toEqual([...lines(1, 19), ...lines(30, 33)]);
    expect(overLimit(merged)).toEqual(["warningSigns"]);
    expect(overLimit(here)).toEqual([]);
  });

  it("sends the rest of the plan, and the step over the limit as the server holds it", () => {
    const saved = { ...empty, warningSigns: [...lines(1, 15), ...lines(30, 33)] };
    const merged = keptTogether(
      listsOf({ ...empty, warningSigns: lines(1, 19), peopleToAsk: ["Alex", ""] }),
      saved,
      { ...empty, warningSigns: lines(1, 15) },
    );
    expect(sendableOf(merged, saved)).toEqual({ ...saved, peopleToAsk: ["Alex"] });
    // Blank boxes do not count towards the limit: twenty lines and a blank one are saved whole.
    const full = listsOf({ ...empty, warningSigns: [...lines(1, 20), ""] });
    expect(sendableOf(full, empty)).toEqual({ ...empty, warningSigns: lines(1, 20) });
  });
});

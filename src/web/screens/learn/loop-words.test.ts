import { describe, expect, it } from "vitest";
import { LEVERS, NEUTRAL_START, NO_HELP, simulate } from "../../../core/learn/cycle-model.js";
import { changeWords, loopSummary } from "./loop-words.js";

const WEEKS_6 = 42;
const ends = (levers: Parameters<typeof simulate>[1]) => {
  const series = simulate(NEUTRAL_START, levers, WEEKS_6);
  const [start, end] = [series[0], series.at(-1)];
  if (!start || !end) throw new Error("a series has a start and an end");
  return [start, end] as const;
};

describe("the loop model in words", () => {
  it("opens on a level picture, with no forecast and no number", () => {
    const [start, end] = ends(NO_HELP);
    const summary = loopSummary(start, end, false);
    expect(summary).toMatch(/stays about where it started/);
    expect(summary).not.toMatch(/\d|drift|worse|decline/);
    expect(changeWords(start.mood, end.mood)).toBe("About the same");
  });

  it.each(LEVERS.map((lever) => lever.id))(
    "says a little %s turns the loop, without a number",
    (id) => {
      const [start, end] = ends({ [id]: 0.25 });
      const summary = loopSummary(start, end, true);
      expect(summary).toMatch(/turns the other way/);
      expect(summary).not.toMatch(/\d/);
      expect(changeWords(start.mood, end.mood)).toMatch(/higher/i);
    },
  );

  it("names the size and direction of a change in words", () => {
    expect(changeWords(5, 5.2)).toBe("About the same");
    expect(changeWords(5, 6)).toBe("A little higher");
    expect(changeWords(5, 7)).toBe("Higher");
    expect(changeWords(5, 9)).toBe("Much higher");
    expect(changeWords(5, 4)).toBe("A little lower");
  });
});

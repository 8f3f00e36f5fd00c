import { describe, expect, it } from "vitest";
import { dismissedRecently, instrumentsDueAgain } from "./offer-again.js";

const now = new Date("2026-11-29T12:00:00.000Z");

describe("offering a questionnaire again", () => {
  it("offers one whose latest answer is two weeks old or more, and not sooner", () => {
    expect(
      instrumentsDueAgain([{ instrument: "phq9", takenAt: "2026-11-15T12:00:00.000Z" }], now),
    ).toEqual(["phq9"]);
    expect(
      instrumentsDueAgain([{ instrument: "phq9", takenAt: "2026-11-15T12:00:01.000Z" }], now),
    ).toEqual([]);
  });

  it("looks at the latest answer of each questionnaire, in any order", () => {
    const taken = [
      { instrument: "phq9", takenAt: "2026-11-20T00:00:00.000Z" },
      { instrument: "phq9", takenAt: "2026-10-01T00:00:00.000Z" },
      { instrument: "ucla3", takenAt: "2026-10-01T00:00:00.000Z" },
    ] as const;
    expect(instrumentsDueAgain(taken, now)).toEqual(["ucla3"]);
  });

  it("never pushes a questionnaire that was never taken", () => {
    expect(instrumentsDueAgain([], now)).toEqual([]);
  });

  it("stays quiet for two weeks after Not now", () => {
    const day = 86_400_000;
    expect(dismissedRecently(now.getTime() - 13 * day, now)).toBe(true);
    expect(dismissedRecently(now.getTime() - 14 * day, now)).toBe(false);
    expect(dismissedRecently(undefined, now)).toBe(false);
    expect(dismissedRecently(Number.NaN, now)).toBe(false);
  });
});

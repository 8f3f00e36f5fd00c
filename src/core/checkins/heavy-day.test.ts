import { describe, expect, it } from "vitest";
import { type HeavyDayDay, heavyDay } from "./heavy-day.js";

const TODAY = "2026-03-10";

function day(date: string, mood: number, burden?: number, rumination?: number): HeavyDayDay {
  return { date, mood, burden, rumination };
}

/** Two days before TODAY, each the same answers. */
function twoDaysBefore(mood: number, burden?: number, rumination?: number): HeavyDayDay[] {
  return [day("2026-03-08", mood, burden, rumination), day("2026-03-09", mood, burden, rumination)];
}

describe("heavyDay: one day on its own", () => {
  it("answers burden 8, not 7, whatever the mood", () => {
    expect(heavyDay(day(TODAY, 9, 8), [])).toBe("burden");
    expect(heavyDay(day(TODAY, 9, 7), [])).toBeNull();
    expect(heavyDay(day(TODAY, 0, 10, 10), [])).toBe("burden");
  });

  it("answers mood 1 with burden 6, not mood 2 and not burden 5", () => {
    expect(heavyDay(day(TODAY, 1, 6), [])).toBe("very-low-mood-and-burden");
    expect(heavyDay(day(TODAY, 0, 6), [])).toBe("very-low-mood-and-burden");
    expect(heavyDay(day(TODAY, 2, 6), [])).toBeNull();
    expect(heavyDay(day(TODAY, 1, 5), [])).toBeNull();
  });

  it("never answers repeating thoughts alone, nor very low mood with no burden answer", () => {
    expect(heavyDay(day(TODAY, 0, undefined, 10), [])).toBeNull();
    expect(heavyDay(day(TODAY, 0, 0, 10), [])).toBeNull();
    expect(heavyDay(day(TODAY, 0), [])).toBeNull();
  });
});

describe("heavyDay: hopeless words on a low day", () => {
  const HOPELESS = "what's the point of trying, nothing ever changes";

  function noted(mood: number, note: string | undefined, burden?: number): HeavyDayDay {
    return { date: TODAY, mood, burden, note };
  }

  it("answers hopeless words at mood 3, not 4, whatever the other answers", () => {
    expect(heavyDay(noted(3, HOPELESS), [])).toBe("hopeless-words-on-a-low-day");
    expect(heavyDay(noted(0, "whats the point"), [])).toBe("hopeless-words-on-a-low-day");
    expect(heavyDay(noted(2, "cant see it getting better", 0), [])).toBe(
      "hopeless-words-on-a-low-day",
    );
    expect(heavyDay(noted(4, HOPELESS), [])).toBeNull();
    expect(heavyDay(noted(7, HOPELESS), [])).toBeNull();
  });

  it("never answers a low day for its mood alone, or for words turned around or laughed off", () => {
    expect(heavyDay(noted(2, undefined), [])).toBeNull();
    expect(heavyDay(noted(2, "tired, slept badly"), [])).toBeNull();
    expect(heavyDay(noted(2, "it's not hopeless, just hard"), [])).toBeNull();
    expect(heavyDay(noted(2, "I'm not giving up"), [])).toBeNull();
    expect(heavyDay(noted(2, "i give up lol"), [])).toBeNull();
  });

  it("never answers an idiom about an everyday thing, even on a low day", () => {
    expect(heavyDay(noted(1, "there's no point in waiting, I'll go now"), [])).toBeNull();
    expect(heavyDay(noted(1, "I give up on this crossword"), [])).toBeNull();
    expect(
      heavyDay(noted(1, "nothing ever changes at my job's coffee machine lol"), []),
    ).toBeNull();
  });

  it("keeps the numbers' own reasons first", () => {
    expect(heavyDay(noted(1, HOPELESS, 8), [])).toBe("burden");
    expect(heavyDay(noted(1, HOPELESS, 6), [])).toBe("very-low-mood-and-burden");
  });

  it("counts an earlier hopeless low day as a hard day in a run", () => {
    const before: HeavyDayDay[] = [
      { date: "2026-03-08", mood: 3, note: HOPELESS },
      day("2026-03-09", 2, 5),
    ];
    expect(heavyDay(day(TODAY, 2, 5), before)).toBe("hard-days-in-a-row");
  });
});

describe("heavyDay: hard days in a row", () => {
  it("answers three hard days in a row (mood 2, burden 5), not two", () => {
    expect(heavyDay(day(TODAY, 2, 5), twoDaysBefore(2, 5))).toBe("hard-days-in-a-row");
    expect(heavyDay(day(TODAY, 2, 5), [day("2026-03-09", 2, 5)])).toBeNull();
  });

  it("counts very low mood with repeating thoughts at 8, not 7", () => {
    expect(heavyDay(day(TODAY, 2, undefined, 8), twoDaysBefore(2, undefined, 8))).toBe(
      "hard-days-in-a-row",
    );
    expect(heavyDay(day(TODAY, 2, undefined, 7), twoDaysBefore(2, undefined, 8))).toBeNull();
    expect(heavyDay(day(TODAY, 2, undefined, 8), twoDaysBefore(2, undefined, 7))).toBeNull();
  });

  it("needs mood 2 or lower on every day of the run, and burden 5, not 4", () => {
    expect(heavyDay(day(TODAY, 3, 5), twoDaysBefore(2, 5))).toBeNull();
    expect(heavyDay(day(TODAY, 2, 5), twoDaysBefore(3, 5))).toBeNull();
    expect(heavyDay(day(TODAY, 2, 4), twoDaysBefore(2, 5))).toBeNull();
    expect(heavyDay(day(TODAY, 2, 5), twoDaysBefore(2, 4))).toBeNull();
  });

  it("counts earlier days that were heavy on their own as hard days", () => {
    expect(heavyDay(day(TODAY, 2, 5), twoDaysBefore(7, 9))).toBe("hard-days-in-a-row");
  });

  it("is broken by a day with no check-in between", () => {
    const withGap = [day("2026-03-07", 2, 5), day("2026-03-09", 2, 5)];
    expect(heavyDay(day(TODAY, 2, 5), withGap)).toBeNull();
    const longAgo = [day("2026-02-08", 2, 5), day("2026-02-09", 2, 5)];
    expect(heavyDay(day(TODAY, 2, 5), longAgo)).toBeNull();
  });

  it("reads days in any order, across a month's end, and ignores the day itself and later days", () => {
    const acrossMonth = [day("2026-02-28", 2, 5), day("2026-03-01", 1, 3, 9)];
    expect(heavyDay(day("2026-03-02", 2, 6), acrossMonth.reverse())).toBe("hard-days-in-a-row");
    const afterwards = [day(TODAY, 2, 5), day("2026-03-11", 2, 5), day("2026-03-12", 2, 5)];
    expect(heavyDay(day(TODAY, 2, 5), afterwards)).toBeNull();
  });

  it("says nothing on weeks of ordinary days", () => {
    const weeks = Array.from({ length: 28 }, (_, i) =>
      day(`2026-02-${String(i + 1).padStart(2, "0")}`, 4 + (i % 4), i % 5, i % 9),
    );
    expect(heavyDay(day("2026-03-01", 5, 3, 6), weeks)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { MeasureChange, WithdrawalMeasure } from "./insights.schema.js";
import { withdrawalMeasures } from "./insights.schema.js";
import { THRESHOLD_FLOOR } from "./withdrawal-signal.js";
import {
  figure,
  measureSentence,
  STANDS_OUT,
  shortWords,
  statusOf,
  withdrawalRows,
  withdrawalSummary,
} from "./withdrawal-words.js";

/** Each measure in a week: left out (too few answers), steady, or standing out. */
type State = "absent" | "steady" | "signal";
const states: readonly State[] = ["absent", "steady", "signal"];

function change(measure: WithdrawalMeasure, signal: boolean): MeasureChange {
  return {
    measure,
    nRecent: 7,
    nBaseline: 28,
    recentMean: signal ? 3 : 5,
    baselineMean: 5,
    baselineSd: 1,
    change: signal ? -2 : 0,
    changeInSd: signal ? -2 : 0,
    threshold: 1,
    signal,
    sentence: "",
  };
}

/** All 3^6 = 729 weeks: every measure in every state. */
function everyWeek(): MeasureChange[][] {
  let weeks: MeasureChange[][] = [[]];
  for (const measure of withdrawalMeasures) {
    weeks = weeks.flatMap((week) =>
      states.map((state) =>
        state === "absent" ? week : [...week, change(measure, state === "signal")],
      ),
    );
  }
  return weeks;
}

const weeks = everyWeek();

describe("the withdrawal summary and its table", () => {
  it("covers every combination of signals", () => {
    expect(weeks).toHaveLength(3 ** withdrawalMeasures.length);
  });

  it("never says nothing stands out above a row that does, nor the reverse", () => {
    for (const week of weeks) {
      const rows = withdrawalRows(week);
      const summary = withdrawalSummary(rows);
      const anyYes = rows.some((row) => row.standsOutWords === STANDS_OUT);
      expect(summary.includes("Nothing stands out"), summary).toBe(!anyYes);
    }
  });

  it("names in the summary exactly the measures the table marks as harder than usual", () => {
    for (const week of weeks) {
      const rows = withdrawalRows(week);
      const summary = withdrawalSummary(rows);
      for (const row of rows) {
        // "fewer connections" is said in full in an alert ("connected with people less often").
        const named =
          summary.includes(shortWords(row.measure)) ||
          (row.measure === "connections" && summary.includes("connected with people less often"));
        expect(named, `${row.measure} in "${summary}"`).toBe(row.standsOutWords === STANDS_OUT);
      }
    }
  });

  it("marks a row only when its measure moved past its line", () => {
    for (const week of weeks) {
      for (const [i, row] of withdrawalRows(week).entries()) {
        expect(row.standsOut).toBe(week[i]?.signal);
      }
    }
  });

  it("keeps a heads-up for when pulling back shows, or three mood-side measures do", () => {
    const only = (...measures: WithdrawalMeasure[]) =>
      statusOf(withdrawalRows(withdrawalMeasures.map((m) => change(m, measures.includes(m)))));
    expect(only()).toBe("none");
    expect(only("mood", "energy")).toBe("none");
    expect(only("mood", "energy", "burden")).toBe("watch");
    expect(only("connections")).toBe("watch");
    expect(only("connections", "mood")).toBe("alert");
  });
});

describe("the numbers in the withdrawal table, as a person can picture them", () => {
  it("says connections a day, on the days checked in, never scaled to a week", () => {
    // Four check-ins with one connection each: the person logged 4, so "about 7 a week" is false.
    expect(figure("connections", 1)).toBe("about 1 a day");
    expect(figure("connections", 0.4)).toBe("about 0.4 a day");
    expect(figure("connections", 1.5)).toBe("about 1.5 a day");
    expect(figure("connections", 0)).toBe("none");
    expect(figure("connections", 0.04)).toBe("about 0.04 a day");
    expect(figure("connections", 0.001)).toBe("less than 0.01 a day");
  });

  it("says what the 0–10 answers are out of, with the decimal kept", () => {
    expect(figure("mood", 2)).toBe("2.0 out of 10");
    expect(figure("energy", 4.25)).toBe("4.3 out of 10");
    expect(figure("burden", 0)).toBe("0 out of 10");
  });

  it("puts the same figures in the table and the sentence", () => {
    const rows = withdrawalRows([
      { ...change("connections", true), recentMean: 0.4, baselineMean: 1.5 },
    ]);
    // The row's name says once which days count, so a phone's narrow cells stay short.
    expect(rows[0]).toMatchObject({
      label: "Connections, on days you checked in",
      recent: "about 0.4 a day",
      usual: "about 1.5 a day",
    });
    expect(measureSentence("connections", 0.4, 1.5, true)).toBe(
      "You connected with people less often than usual: about 0.4 a day in the last 7 days, usually about 1.5 a day, counting only the days you checked in.",
    );
    expect(measureSentence("mood", 2, 4.2, false)).toBe(
      "Mood: about 2.0 out of 10 in the last 7 days, usually about 4.2 out of 10.",
    );
  });

  it("never shows the same figure twice on a row marked as harder than usual", () => {
    // The smallest change that is marked is the measure's floor; rounding must not hide it.
    for (const measure of withdrawalMeasures) {
      for (let tenths = 0; tenths <= 100; tenths += 1) {
        const usual = tenths / 10;
        const recent = Math.max(0, usual - THRESHOLD_FLOOR[measure]);
        if (usual - recent < THRESHOLD_FLOOR[measure]) continue;
        expect(figure(measure, recent), `${measure} ${recent} vs ${usual}`).not.toBe(
          figure(measure, usual),
        );
      }
    }
  });
});

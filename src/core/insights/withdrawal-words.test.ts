import { describe, expect, it } from "vitest";
import type { MeasureChange, WithdrawalMeasure } from "./insights.schema.js";
import { withdrawalMeasures } from "./insights.schema.js";
import {
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

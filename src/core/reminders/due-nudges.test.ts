import { describe, expect, it } from "vitest";
import { nudgesDue, type TimedStep } from "./due-nudges.js";
import type { ReminderSettings } from "./reminder-settings.schema.js";

// Local times on purpose: a nudge rings on the person's own clock, whatever zone it is in.
const local = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min);

const evening: ReminderSettings = {
  checkinTime: "20:30",
  steps: { on: true, minutesBefore: 10 },
};
const walk: TimedStep = { id: "p1", title: "A short walk", date: "2026-12-03", time: "09:00" };

describe("which nudges are due", () => {
  it("gives the daily check-in nudge once, when its minute passes", () => {
    const before = nudgesDue(evening, [], local(2026, 12, 3, 20, 0), local(2026, 12, 3, 20, 29));
    expect(before).toEqual([]);
    const due = nudgesDue(evening, [], local(2026, 12, 3, 20, 29), local(2026, 12, 3, 20, 30));
    expect(due).toEqual([
      {
        key: "checkin:2026-12-03",
        kind: "checkin",
        title: "Check-in, whenever suits you",
        body: "A minute for yourself? Today's check-in is here when you want it.",
      },
    ]);
    // Looked at again a moment later: already given, so nothing.
    expect(nudgesDue(evening, [], local(2026, 12, 3, 20, 30), local(2026, 12, 3, 20, 31))).toEqual(
      [],
    );
  });

  it("rings a step the chosen minutes before it, and never when step nudges are off", () => {
    const due = nudgesDue(evening, [walk], local(2026, 12, 3, 8, 49), local(2026, 12, 3, 8, 50));
    expect(due.map((n) => [n.key, n.body])).toEqual([
      ["step:p1", "A short walk. Doing it, changing it or letting it go are all fine."],
    ]);
    const off = { ...evening, steps: { on: false, minutesBefore: 10 } };
    expect(nudgesDue(off, [walk], local(2026, 12, 3, 8, 49), local(2026, 12, 3, 8, 50))).toEqual(
      [],
    );
  });

  it("lets go of nudges more than a quarter of an hour late, after sleep or a closed lid", () => {
    const woke = nudgesDue(evening, [walk], local(2026, 12, 3, 6, 0), local(2026, 12, 3, 21, 0));
    expect(woke).toEqual([]);
    const slightlyLate = nudgesDue(
      evening,
      [],
      local(2026, 12, 3, 20, 0),
      local(2026, 12, 3, 20, 40),
    );
    expect(slightlyLate.map((n) => n.key)).toEqual(["checkin:2026-12-03"]);
  });

  it("finds yesterday's late-night nudge just after midnight", () => {
    const late: ReminderSettings = { ...evening, checkinTime: "23:55" };
    const due = nudgesDue(late, [], local(2026, 12, 3, 23, 50), local(2026, 12, 4, 0, 5));
    expect(due.map((n) => n.key)).toEqual(["checkin:2026-12-03"]);
  });

  it("gives nothing while every reminder is off", () => {
    const off: ReminderSettings = { checkinTime: null, steps: { on: false, minutesBefore: 10 } };
    expect(nudgesDue(off, [walk], local(2026, 12, 3, 0, 0), local(2026, 12, 3, 23, 59))).toEqual(
      [],
    );
  });
});

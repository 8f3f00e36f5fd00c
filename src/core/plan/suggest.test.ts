import { describe, expect, it } from "vitest";
import type { Person } from "../circle/person.schema.js";
import { addDays } from "../dates/local-date.js";
import type { Activity } from "./activity.schema.js";
import { catalogue } from "./catalogue.js";
import { type SuggestCheckin, type SuggestPlan, suggestActivities } from "./suggest.js";

const today = "2026-03-20";

/** Check-ins for each of `days` days ending `endOffset` days before today, with n connections. */
function checkinsFor(days: number, endOffset: number, connections: number): SuggestCheckin[] {
  return Array.from({ length: days }, (_, i) => ({
    date: addDays(today, -(endOffset + i)),
    energy: 5,
    connections: Array.from({ length: connections }, () => ({ mode: "message" as const })),
  }));
}

function act(
  id: string,
  area: Activity["area"],
  effort: Activity["effort"],
  minutes: number,
): Activity {
  return {
    id,
    title: id,
    area,
    effort,
    minutes,
    social: area === "connection",
    firstStep: "Begin",
  };
}

const ids = (list: { activity: Activity }[]) => list.map((s) => s.activity.id);

describe("suggestions", () => {
  it("gives exactly three different activities from different areas", () => {
    const result = suggestActivities({ today });
    expect(result).toHaveLength(3);
    expect(new Set(ids(result)).size).toBe(3);
    expect(new Set(result.map((s) => s.activity.area)).size).toBe(3);
    for (const s of result) {
      expect(s.reason.length).toBeGreaterThan(0);
      expect(s.reason).not.toMatch(/\n|\bshould\b/i);
    }
  });

  describe("on a low-energy day", () => {
    it.each([0, 2, 3])("offers only tiny steps at energy %s", (energy) => {
      const result = suggestActivities({ today, energy });
      expect(result).toHaveLength(3);
      for (const s of result) expect(s.activity.effort).toBe("tiny");
    });
    it("reads today's check-in energy when no answer is given", () => {
      const checkins = [{ date: today, energy: 1, connections: [] }];
      for (const s of suggestActivities({ today, checkins }))
        expect(s.activity.effort).toBe("tiny");
    });
    it("takes the one-tap answer over the check-in", () => {
      const checkins = [{ date: today, energy: 9, connections: [] }];
      const result = suggestActivities({ today, checkins, energy: "low" });
      for (const s of result) expect(s.activity.effort).toBe("tiny");
    });
    it("never pushes a bigger step, even when no tiny one is left", () => {
      const activities = [act("big-walk", "body-routine", "bigger", 40)];
      expect(suggestActivities({ today, energy: 2, activities })).toEqual([]);
    });
  });

  it("treats an unknown energy as low-ish: nothing bigger", () => {
    for (let day = 0; day < 14; day++) {
      for (const s of suggestActivities({ today: addDays(today, day) })) {
        expect(s.activity.effort).not.toBe("bigger");
      }
    }
  });

  it("offers bigger steps on a good day with time", () => {
    const efforts = new Set<string>();
    for (let day = 0; day < 14; day++) {
      for (const s of suggestActivities({ today: addDays(today, day), energy: 9 })) {
        efforts.add(s.activity.effort);
      }
    }
    expect(efforts.has("bigger")).toBe(true);
  });

  it("keeps within the minutes you have", () => {
    for (const minutes of [3, 10, 20]) {
      const result = suggestActivities({ today, energy: 8, minutes });
      expect(result).toHaveLength(3);
      for (const s of result) expect(s.activity.minutes).toBeLessThanOrEqual(minutes);
    }
  });

  it("says how the time fits when minutes are given", () => {
    const activities = [act("tidy", "achievement", "small", 10)];
    expect(suggestActivities({ today, energy: 5, minutes: 12, activities })[0]?.reason).toBe(
      "Fits in the 12 minutes you have.",
    );
    const oneMinute = [act("breathe", "achievement", "small", 1)];
    const fits = suggestActivities({ today, energy: 5, minutes: 1, activities: oneMinute });
    expect(fits[0]?.reason).toBe("Fits in the 1 minute you have.");
  });

  it("never offers a hidden activity, not even as a fallback", () => {
    const first = suggestActivities({ today });
    const hiddenIds = ids(first);
    const second = suggestActivities({ today, hiddenIds });
    expect(second).toHaveLength(3);
    for (const id of ids(second)) expect(hiddenIds).not.toContain(id);
    const fallback = suggestActivities({ today, minutes: 0, hiddenIds: ["open-a-window"] });
    expect(ids(fallback)).not.toContain("open-a-window");
  });

  it("falls back to the smallest steps, kindly, when nothing fits", () => {
    const result = suggestActivities({ today, minutes: 0 });
    expect(result).toHaveLength(3);
    for (const s of result) {
      expect(s.activity.effort).toBe("tiny");
      expect(s.activity.minutes).toBe(1);
      expect(s.reason).toBe(
        "Nothing quite fits today, so here is one of the smallest steps there is.",
      );
    }
  });

  it("fills up with the smallest steps when only two fit", () => {
    const activities = [
      act("long-call", "connection", "small", 30),
      act("quick-tidy", "achievement", "small", 10),
      act("open-window", "body-routine", "tiny", 1),
      act("film", "enjoyment", "bigger", 100),
    ];
    const result = suggestActivities({ today, energy: 5, minutes: 15, activities });
    expect(ids(result)).toEqual(["open-window", "quick-tidy", "long-call"]);
    expect(result[2]?.reason).toMatch(/^Nothing quite fits today/);
  });

  it("returns fewer only when the catalogue offers fewer", () => {
    const activities = [
      act("a-one", "enjoyment", "tiny", 2),
      act("a-two", "achievement", "tiny", 3),
    ];
    expect(suggestActivities({ today, activities })).toHaveLength(2);
    expect(suggestActivities({ today, activities: [] })).toEqual([]);
  });

  describe("withdrawal", () => {
    // Connection is rated poorly, so without withdrawal it loses to the other three areas.
    const activities = [
      act("msg", "connection", "tiny", 2),
      act("song", "enjoyment", "tiny", 3),
      act("dishes", "achievement", "tiny", 5),
      act("water", "body-routine", "tiny", 1),
    ];
    const planned: SuggestPlan[] = [
      { activityId: "msg", date: addDays(today, -10), status: "done", actualEnjoyment: 2 },
    ];
    const usual = checkinsFor(28, 7, 3);

    it("always includes a connection step when this week has fewer connections than usual", () => {
      const checkins = [...usual, ...checkinsFor(7, 0, 1)];
      const result = suggestActivities({ today, activities, planned, checkins });
      expect(ids(result)).toContain("msg");
      expect(result.find((s) => s.activity.id === "msg")?.reason).toBe(
        "You've connected a bit less than usual this week; one small step can help.",
      );
    });
    it("does the same with the full catalogue on a low day", () => {
      const checkins = [...usual, ...checkinsFor(7, 0, 0)];
      const result = suggestActivities({ today, energy: 1, checkins });
      const connection = result.filter((s) => s.activity.area === "connection");
      expect(connection).toHaveLength(1);
      expect(connection[0]?.activity.effort).toBe("tiny");
    });
    it("adds nothing extra when this week is as usual", () => {
      const checkins = [...usual, ...checkinsFor(7, 0, 3)];
      expect(ids(suggestActivities({ today, activities, planned, checkins }))).not.toContain("msg");
    });
    it("reads nothing into too little data", () => {
      const checkins = [...checkinsFor(5, 7, 3), ...checkinsFor(7, 0, 0)];
      expect(ids(suggestActivities({ today, activities, planned, checkins }))).not.toContain("msg");
    });
  });

  describe("people you have not connected with for longer than you wanted", () => {
    const sam: Person = {
      id: "p-sam",
      name: "Sam",
      relationship: "friend",
      contactPreference: "message",
      wantedEveryDays: 7,
    };
    const kit: Person = { ...sam, id: "p-kit", name: "Kit", wantedEveryDays: 30 };

    it("names the person furthest past their gap in a connection step", () => {
      const checkins = [
        { date: addDays(today, -20), connections: [{ personId: "p-sam", mode: "call" as const }] },
        { date: addDays(today, -40), connections: [{ name: "kit", mode: "call" as const }] },
      ];
      const result = suggestActivities({ today, energy: 2, checkins, people: [kit, sam] });
      const step = result.find((s) => s.person !== undefined);
      expect(step?.activity.area).toBe("connection");
      expect(step?.activity.effort).toBe("tiny");
      expect(step?.person).toEqual({ id: "p-sam", name: "Sam" });
      expect(step?.reason).toBe(
        "It's been longer than you'd like since you and Sam connected; a small step is plenty.",
      );
    });
    it("names nobody when everyone is within their gap", () => {
      const checkins = [
        { date: addDays(today, -3), connections: [{ personId: "p-sam", mode: "call" as const }] },
      ];
      const result = suggestActivities({ today, checkins, people: [sam] });
      expect(result.some((s) => s.person !== undefined)).toBe(false);
    });
  });

  describe("what you did recently", () => {
    it("brings back something that felt good, with how it felt", () => {
      const planned: SuggestPlan[] = [
        { activityId: "bake", date: addDays(today, -5), status: "done", actualEnjoyment: 9 },
      ];
      const activities = [
        act("bake", "enjoyment", "small", 30),
        ...catalogue.filter((a) => a.area === "enjoyment"),
      ];
      const result = suggestActivities({ today, energy: 6, planned, activities });
      expect(result[0]?.activity.id).toBe("bake");
      expect(result[0]?.reason).toBe("Last time you did this, it felt like 9 out of 10.");
    });
    it("leaves out what is already planned for today", () => {
      const first = ids(suggestActivities({ today }));
      const planned: SuggestPlan[] = first.map((activityId) => ({
        activityId,
        date: today,
        status: "planned",
      }));
      for (const id of ids(suggestActivities({ today, planned }))) expect(first).not.toContain(id);
    });
    it("ignores ratings older than four weeks", () => {
      const planned: SuggestPlan[] = [
        { activityId: "bake", date: addDays(today, -40), status: "done", actualEnjoyment: 10 },
      ];
      const activities = [
        act("bake", "enjoyment", "small", 30),
        act("read", "enjoyment", "tiny", 5),
      ];
      const result = suggestActivities({ today, energy: 5, planned, activities });
      expect(result[0]?.activity.id).toBe("read");
    });
  });

  it("is deterministic for the same inputs and varies across days", () => {
    const input = { today, energy: 5, checkins: checkinsFor(30, 0, 2) };
    expect(suggestActivities(input)).toEqual(suggestActivities(input));
    const seen = new Set<string>();
    for (let day = 0; day < 7; day++) {
      seen.add(ids(suggestActivities({ ...input, today: addDays(today, day) })).join(","));
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it("copes with three years of history", () => {
    const checkins = checkinsFor(1000, 0, 2);
    const planned: SuggestPlan[] = Array.from({ length: 3000 }, (_, i) => ({
      activityId: catalogue[i % catalogue.length]?.id ?? "open-a-window",
      date: addDays(today, -Math.floor(i / 3)),
      status: "done",
      actualEnjoyment: i % 11,
    }));
    const people: Person[] = Array.from({ length: 50 }, (_, i) => ({
      id: `p-${i}`,
      name: `Person ${i}`,
      relationship: "friend",
      contactPreference: "any",
      wantedEveryDays: 7 + i,
    }));
    expect(suggestActivities({ today, checkins, planned, people })).toHaveLength(3);
  });
});

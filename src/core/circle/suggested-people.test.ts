import { describe, expect, it } from "vitest";
import type { CheckinConnections } from "./last-connected.js";
import { SUGGESTED_PEOPLE_MAX, suggestedPeople } from "./suggested-people.js";

function day(date: string, ...names: (string | { personId: string })[]): CheckinConnections {
  return {
    date,
    connections: names.map((who) =>
      typeof who === "string" ? { mode: "message", name: who } : { mode: "call", ...who },
    ),
  };
}

describe("suggestedPeople", () => {
  it("puts forward the people named most often, then most recently, as last written", () => {
    const checkins = [
      day("2026-10-01", "ben", "Priya"),
      day("2026-10-08", "Ben ", "Jo"),
      day("2026-11-02", "Ben", "Priya"),
      day("2026-11-20", "Alex"),
    ];
    expect(suggestedPeople(checkins, [])).toEqual([
      { name: "Ben", times: 3, lastConnected: "2026-11-02" },
      { name: "Priya", times: 2, lastConnected: "2026-11-02" },
      { name: "Alex", times: 1, lastConnected: "2026-11-20" },
      { name: "Jo", times: 1, lastConnected: "2026-10-08" },
    ]);
  });

  it("leaves out whoever is in the circle already, by name in any case or by link", () => {
    const checkins = [day("2026-11-01", "MUM", "Ben", { personId: "p-1" }), day("2026-11-02", "")];
    expect(suggestedPeople(checkins, [{ name: "Mum" }])).toEqual([
      { name: "Ben", times: 1, lastConnected: "2026-11-01" },
    ]);
  });

  it("suggests a few at most, and none without named connections", () => {
    const many = day("2026-11-01", "A", "B", "C", "D", "E", "F", "G");
    expect(suggestedPeople([many], [])).toHaveLength(SUGGESTED_PEOPLE_MAX);
    expect(suggestedPeople([], [])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { circleStatus, nextStep, overduePeople } from "./next-step.js";
import type { Person } from "./person.schema.js";

function person(
  id: string,
  name: string,
  wantedEveryDays: number,
  pref: Person["contactPreference"] = "message",
): Person {
  return { id, name, relationship: "friend", contactPreference: pref, wantedEveryDays };
}

const sam = person("p-sam", "Sam", 7);
const kit = person("p-kit", "Kit", 30);
const lee = person("p-lee", "Lee", 3);
const new_ = person("p-new", "Rae", 7);

describe("circle status", () => {
  const today = "2026-03-20";
  const statuses = circleStatus(
    [sam, kit, lee, new_],
    {
      checkins: [
        { date: "2026-03-06", connections: [{ personId: "p-sam", mode: "message" }] },
        { date: "2026-02-10", connections: [{ name: "kit", mode: "call" }] },
        { date: "2026-03-17", connections: [{ personId: "p-lee", mode: "in-person" }] },
      ],
      planned: [],
    },
    today,
  );

  it("counts days since the last connection", () => {
    expect(statuses.map((s) => [s.person.name, s.lastConnected, s.daysSince])).toEqual([
      ["Sam", "2026-03-06", 14],
      ["Kit", "2026-02-10", 38],
      ["Lee", "2026-03-17", 3],
      ["Rae", null, null],
    ]);
  });
  it("is overdue only past the wished-for gap, never on the day itself", () => {
    expect(statuses.map((s) => s.overdue)).toEqual([true, true, false, false]);
  });
  it("puts the one furthest past their gap first", () => {
    expect(overduePeople(statuses).map((s) => s.person.name)).toEqual(["Sam", "Kit"]);
  });
});

describe("next step", () => {
  it("offers their favourite way when energy allows", () => {
    const step = nextStep(person("a", "Ana", 7, "call"), 6);
    expect(step.step).toBe("call");
    expect(step.smaller).toBe("voice-note");
    expect(step.reason).toBe("Ana likes calls, and this fits today.");
  });
  it("keeps a name's right-to-left override inside the name in the reason", () => {
    expect(nextStep(person("a", "Dana\u202E", 7, "call"), 6).reason).toBe(
      "\u2068Dana\u202E\u202C\u2069 likes calls, and this fits today.",
    );
  });
  it("steps down the ladder on a low day", () => {
    expect(nextStep(person("a", "Ana", 7, "in-person"), 3).step).toBe("message");
    expect(nextStep(person("a", "Ana", 7, "in-person"), 1).step).toBe("react");
    expect(nextStep(person("a", "Ana", 7, "in-person"), 1).smaller).toBeNull();
    expect(nextStep(person("a", "Ana", 7, "call"), "low").reason).toMatch(/lighter step/);
  });
  it("meets up only with someone who likes meeting, on a good day", () => {
    expect(nextStep(person("a", "Ana", 7, "in-person"), 8).step).toBe("meet-up");
    expect(nextStep(person("a", "Ana", 7, "any"), 10).step).toBe("call");
  });
  it("never goes past what they prefer, however much energy there is", () => {
    expect(nextStep(person("a", "Ana", 7, "message"), 10).step).toBe("message");
  });
  it("reads an unknown day as low-ish", () => {
    expect(nextStep(person("a", "Ana", 7, "call"), undefined).step).toBe("voice-note");
  });
  it("labels each step plainly", () => {
    expect(nextStep(person("a", "Ana", 7, "video"), 5).label).toBe("Give them a call");
  });
});

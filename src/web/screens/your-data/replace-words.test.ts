import { describe, expect, it } from "vitest";
import { noRecords } from "../../../core/export/no-records.js";
import { eraseWords, type Holdings, holdingsOfFile, inTheirPlaceWords } from "./replace-words.js";

const NOTHING: Holdings = noRecords();

describe("what replacing everything erases, said before it happens", () => {
  it("names what is here now, with a number for every kind there is any of", () => {
    expect(
      eraseWords({
        ...NOTHING,
        checkins: 130,
        assessments: 3,
        safetyPlan: 1,
        thoughts: 2,
        plans: 6,
        people: 4,
        shares: 1,
      }),
    ).toBe(
      "This erases your 130 check-ins, 3 check-ups, your safety plan, 2 thought records, 6 planned activities, 4 people in your circle and 1 share card.",
    );
  });

  it("says every kind, one of each in the singular and the ones a person keeps one of as theirs", () => {
    const one = Object.fromEntries(Object.keys(NOTHING).map((kind) => [kind, 1])) as Holdings;
    expect(eraseWords(one)).toBe(
      "This erases your 1 check-in, 1 check-up, your safety plan, 1 thought record, 1 own activity, " +
        "1 hidden activity, 1 planned activity, 1 routine time, 1 routine tick, " +
        "1 person in your circle, 1 share card, your calendar link and your reminder settings.",
    );
    expect(eraseWords({ ...NOTHING, routineTargets: 3, routineTicks: 40, activities: 2 })).toBe(
      "This erases your 2 own activities, 3 routine times and 40 routine ticks.",
    );
  });

  it('says "your" once when the first kind is one the person keeps one of', () => {
    expect(eraseWords({ ...NOTHING, safetyPlan: 1 })).toBe("This erases your safety plan.");
    expect(eraseWords({ ...NOTHING, safetyPlan: 1, people: 2, reminders: 1 })).toBe(
      "This erases your safety plan, 2 people in your circle and your reminder settings.",
    );
  });

  it("still names every kind when the numbers could not be had", () => {
    expect(eraseWords(null)).toBe(
      "This erases everything you keep here now: every check-in and its notes, your check-ups, your thought records, the people in your circle, your safety plan, your plan and routine, your share cards and your reminders.",
    );
  });

  it("says so when nothing is here", () => {
    expect(eraseWords(NOTHING)).toBe("You keep nothing here yet, so nothing would be erased.");
  });
  it("says what the file puts in their place", () => {
    expect(inTheirPlaceWords({ checkins: 10, assessments: 0, thoughts: 0, people: 1 })).toBe(
      "In their place will be what the file holds: 10 check-ins and 1 person in your circle.",
    );
    expect(inTheirPlaceWords({ checkins: 0, assessments: 0, thoughts: 0, people: 0 })).toBe(
      "The file holds no check-ins, check-ups, thought records or people, so those would be left empty.",
    );
    expect(inTheirPlaceWords(null)).toBe("In their place will be whatever the file holds.");
  });
});

describe("counting what an export file holds", () => {
  it("counts each kind's records", () => {
    const doc = { format: "reconnect-export", checkins: [{}, {}], assessments: [{}], people: [] };
    expect(holdingsOfFile(doc)).toEqual({ checkins: 2, assessments: 1, thoughts: 0, people: 0 });
  });

  it("does not guess at another program's file", () => {
    expect(holdingsOfFile({ format: "a-diary-app", checkins: [{}] })).toBeNull();
    expect(holdingsOfFile([])).toBeNull();
    expect(holdingsOfFile(null)).toBeNull();
  });
});

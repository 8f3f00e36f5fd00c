import { describe, expect, it } from "vitest";
import { eraseWords, holdingsOfFile, inTheirPlaceWords } from "./replace-words.js";

describe("what replacing everything erases, said before it happens", () => {
  it("names what is here now, with numbers", () => {
    expect(eraseWords({ checkins: 120, assessments: 3, thoughts: 1, people: 0 })).toBe(
      "This erases your 120 check-ins, 3 check-ups and 1 thought record, along with your safety plan, your plan and routine, your share cards and your reminders.",
    );
  });

  it("still names every kind when the numbers could not be had", () => {
    expect(eraseWords(null)).toBe(
      "This erases everything you keep here now: every check-in and its notes, your check-ups, your thought records, the people in your circle, your safety plan, your plan and routine, your share cards and your reminders.",
    );
  });

  it("says so when nothing counted is here", () => {
    expect(eraseWords({ checkins: 0, assessments: 0, thoughts: 0, people: 0 })).toMatch(
      /^You have no check-ins, check-ups, thought records or people in your circle here yet\./,
    );
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

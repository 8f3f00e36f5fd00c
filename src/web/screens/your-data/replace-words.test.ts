import { describe, expect, it } from "vitest";
import { noRecords } from "../../../core/export/no-records.js";
import {
  addedCardsWords,
  eraseWords,
  feedStopsWords,
  type Holdings,
  holdingsOfFile,
  inTheirPlaceWords,
  linksStopWords,
} from "./replace-words.js";

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
  it("says what the file puts in their place, in the same kinds as what is erased", () => {
    expect(inTheirPlaceWords({ ...NOTHING, checkins: 10, people: 1 })).toBe(
      "In their place will be what the file holds: 10 check-ins and 1 person in your circle.",
    );
    expect(
      inTheirPlaceWords({
        ...NOTHING,
        checkins: 120,
        assessments: 6,
        safetyPlan: 1,
        thoughts: 16,
        people: 10,
        shares: 9,
      }),
    ).toBe(
      "In their place will be what the file holds: 120 check-ins, 6 check-ups, a safety plan, 16 thought records, 10 people in your circle and 9 share cards.",
    );
    expect(inTheirPlaceWords(NOTHING)).toBe(
      "The file holds nothing, so everything here would be left empty.",
    );
    expect(inTheirPlaceWords(null)).toBe("In their place will be whatever the file holds.");
  });
});

describe("links shared before, which an import cannot bring back", () => {
  it("says nothing when no link is active", () => {
    expect(linksStopWords(0)).toBe("");
  });

  it("says plainly that the links shared stop working, and new ones can be made", () => {
    expect(linksStopWords(1)).toBe(
      "The link you shared will stop working. You can make a new one on the Share screen after.",
    );
    expect(linksStopWords(3)).toBe(
      "The 3 links you shared will stop working. You can make new ones on the Share screen after.",
    );
  });

  it("says so when the links could not be looked at, but there may be some", () => {
    expect(linksStopWords(null)).toBe(
      "Any link you shared will stop working. You can make new ones on the Share screen after.",
    );
  });

  it("tells someone whose file brought share cards back that their old links will not open", () => {
    expect(addedCardsWords({ ...NOTHING, shares: 0 })).toBe("");
    expect(addedCardsWords({ ...NOTHING, shares: 1 })).toBe(
      "The share card came back to read, but its old link won't open: you can make a new one on the Share screen.",
    );
    expect(addedCardsWords({ ...NOTHING, shares: 2 })).toBe(
      "The 2 share cards came back to read, but their old links won't open: you can make new ones on the Share screen.",
    );
  });
});

describe("counting what an export file holds", () => {
  it("counts each kind's records", () => {
    const doc = {
      format: "reconnect-export",
      checkins: [{}, {}],
      assessments: [{}],
      safetyPlan: { steps: [] },
      routine: { targets: [{}], ticks: [{}, {}, {}] },
      people: [],
      shares: [{}, {}],
      calendarFeed: null,
    };
    expect(holdingsOfFile(doc)).toEqual({
      ...NOTHING,
      checkins: 2,
      assessments: 1,
      safetyPlan: 1,
      routineTargets: 1,
      routineTicks: 3,
      shares: 2,
    });
  });

  it("does not guess at another program's file", () => {
    expect(holdingsOfFile({ format: "a-diary-app", checkins: [{}] })).toBeNull();
    expect(holdingsOfFile([])).toBeNull();
    expect(holdingsOfFile(null)).toBeNull();
  });
});

describe("the calendar link, said before a replace ends it", () => {
  it("says the calendar link stops working only when there is one, and what to do after", () => {
    expect(feedStopsWords(true)).toBe(
      "Your calendar link will stop working, so your calendar app will stop showing your plan. You can make a new link on the Plan screen after.",
    );
    expect(feedStopsWords(false)).toBe("");
  });

  it("says it as a maybe when whether there is one could not be looked at", () => {
    expect(feedStopsWords(null)).toBe(
      "If you made a calendar link, it will stop working. You can make a new one on the Plan screen after.",
    );
  });
});

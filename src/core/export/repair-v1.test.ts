import { describe, expect, it } from "vitest";
import { checkinInputSchema } from "../checkins/checkin.schema.js";
import { personInputSchema } from "../circle/person.schema.js";
import { activityInputSchema } from "../plan/activity.schema.js";
import { shareContactSchema } from "../shares/share.schema.js";
import { thoughtRecordInputSchema } from "../thoughts/thought.schema.js";
import { NO_NAME_YET, NO_TITLE_YET, NO_WORDS_YET, repairVersion1 } from "./repair-v1.js";
import { upgradeExport } from "./upgrade-export.js";

const person = (name: unknown) => ({ id: "p", name, relationship: "" });
const file = (...people: unknown[]) => ({ format: "reconnect-export", version: 1, people });

describe("a version-1 file's names that show nothing", () => {
  it("are given a name that shows, which today's route takes", () => {
    const repaired = upgradeExport(file(person("\u200b"), person(" \u0301 "), person("Jo")));
    expect(repaired.people).toEqual([person(NO_NAME_YET), person(NO_NAME_YET), person("Jo")]);
    const route = { contactPreference: "any", wantedEveryDays: 7, relationship: "" };
    expect(personInputSchema.safeParse({ ...route, name: "\u200b" }).success).toBe(false);
    expect(personInputSchema.safeParse({ ...route, name: NO_NAME_YET }).success).toBe(true);
  });

  it("leaves what no route ever took for the schema to refuse, and what is not a name", () => {
    const odd = file(person("   "), person(""), person(7), "not a person", null, { id: "q" });
    expect(repairVersion1(odd)).toEqual(odd);
    const noPeople = { format: "reconnect-export", version: 1, people: "none" };
    expect(repairVersion1(noPeople)).toEqual(noPeople);
  });

  it("is only for version 1", () => {
    const later = { ...file(person("\u200b")), version: 2 };
    expect(upgradeExport(later)).toEqual(later);
  });
});

const thought = (change: Record<string, unknown>) => ({
  id: "t",
  situation: "At work",
  thought: "I'm boring",
  feelings: [{ name: "Sad", before: 80 }],
  ...change,
});
const checkin = (...connections: unknown[]) => ({ date: "2026-11-20", mood: 4, connections });

describe("a version-1 file's thoughts and connections that show nothing", () => {
  it("keep the record, with plain words where the thought or a feeling's name showed nothing", () => {
    const doc = {
      format: "reconnect-export",
      version: 1,
      thoughts: [
        thought({ thought: "\u200b" }),
        thought({
          feelings: [
            { name: " \u0301", before: 60, after: 20 },
            { name: "Sad", before: 9 },
          ],
        }),
        thought({}),
      ],
    };
    expect(upgradeExport(doc).thoughts).toEqual([
      thought({ thought: NO_WORDS_YET }),
      thought({
        feelings: [
          { name: NO_NAME_YET, before: 60, after: 20 },
          { name: "Sad", before: 9 },
        ],
      }),
      thought({}),
    ]);
    // What they become is what today's route takes, and what they were it refuses.
    expect(thoughtRecordInputSchema.safeParse({ thought: "\u200b" }).success).toBe(false);
    expect(thoughtRecordInputSchema.safeParse({ thought: NO_WORDS_YET }).success).toBe(true);
    const feeling = (name: string) => ({ thought: "x", feelings: [{ name, before: 1 }] });
    expect(thoughtRecordInputSchema.safeParse(feeling("\u0301")).success).toBe(false);
    expect(thoughtRecordInputSchema.safeParse(feeling(NO_NAME_YET)).success).toBe(true);
  });

  it("leave a connection's name out where it showed nothing, keeping who, how and how it felt", () => {
    const doc = {
      format: "reconnect-export",
      version: 1,
      checkins: [
        checkin(
          { mode: "call", personId: "p", name: "\u200b", felt: 1 },
          { mode: "message", name: "\u200b \u200d" },
          { mode: "video", name: "Ana" },
        ),
      ],
    };
    expect(upgradeExport(doc).checkins).toEqual([
      checkin(
        { mode: "call", personId: "p", felt: 1 },
        { mode: "message" },
        { mode: "video", name: "Ana" },
      ),
    ]);
    const day = (name: string) => ({ mood: 4, connections: [{ mode: "call", name }] });
    expect(checkinInputSchema.safeParse(day("\u200b")).success).toBe(false);
    expect(checkinInputSchema.safeParse({ mood: 4, connections: [{ mode: "call" }] }).success).toBe(
      true,
    );
  });

  it("leave what no route ever took for the schema to refuse, and what is not a record", () => {
    const odd = {
      format: "reconnect-export",
      version: 1,
      thoughts: [thought({ thought: "  " }), thought({ feelings: [{ name: "" }, "x"] }), 7],
      checkins: [checkin({ mode: "call", name: "  " }, null), { date: "x", connections: "none" }],
    };
    expect(repairVersion1(odd)).toEqual(odd);
    const notLists = { format: "reconnect-export", version: 1, thoughts: {}, checkins: "none" };
    expect(repairVersion1(notLists)).toEqual(notLists);
  });
});

const activity = (change: Record<string, unknown>) => ({
  id: "own-1",
  title: "Water the plants",
  area: "body-routine",
  effort: "small",
  minutes: 10,
  social: false,
  firstStep: "Fill the jug",
  ...change,
});

describe("a version-1 file's own activities whose words show nothing", () => {
  it("keep the activity and its plans, with a title that shows and the title as the first step", () => {
    const doc = {
      format: "reconnect-export",
      version: 1,
      activities: [
        activity({ title: "\u200b" }),
        activity({ firstStep: " \u0301" }),
        activity({ title: "\u200d", firstStep: "\u200b" }),
        activity({}),
      ],
    };
    expect(upgradeExport(doc).activities).toEqual([
      activity({ title: NO_TITLE_YET }),
      // The same words as the title, which every screen shows once (firstStepBeyondTitle).
      activity({ firstStep: "Water the plants" }),
      activity({ title: NO_TITLE_YET, firstStep: NO_TITLE_YET }),
      activity({}),
    ]);
    const { id: _id, ...route } = activity({});
    expect(activityInputSchema.safeParse({ ...route, title: "\u200b" }).success).toBe(false);
    expect(activityInputSchema.safeParse({ ...route, title: NO_TITLE_YET }).success).toBe(true);
    expect(activityInputSchema.safeParse({ ...route, firstStep: "\u0301" }).success).toBe(false);
  });

  it("leave what no route ever took for the schema to refuse", () => {
    const odd = {
      format: "reconnect-export",
      version: 1,
      activities: [
        activity({ title: " " }),
        activity({ firstStep: "" }),
        activity({ title: 3 }),
        7,
      ],
    };
    expect(repairVersion1(odd)).toEqual(odd);
  });
});

const card = (change: Record<string, unknown>) => ({
  id: "s",
  energy: "low",
  contact: "Texts welcome",
  message: null,
  ...change,
});

describe("a version-1 file's share cards whose contact shows nothing", () => {
  it("keep the card, with plain words the share route takes", () => {
    const doc = {
      format: "reconnect-export",
      version: 1,
      shares: [
        card({ contact: "\u200b" }),
        card({ contact: "\u0301 " }),
        card({}),
        card({ contact: "" }),
      ],
    };
    expect(upgradeExport(doc).shares).toEqual([
      card({ contact: NO_WORDS_YET }),
      card({ contact: NO_WORDS_YET }),
      card({}),
      // An ended card's forgotten words, as every export writes them.
      card({ contact: "" }),
    ]);
    expect(shareContactSchema.safeParse("\u200b").success).toBe(false);
    expect(shareContactSchema.safeParse(NO_WORDS_YET).success).toBe(true);
  });
});

describe("a version-1 file's safety plan lines that show nothing", () => {
  it("are left out, the rest of the plan kept as it was", () => {
    const plan = {
      warningSigns: ["Not sleeping", "\u200b"],
      reasonsForLiving: ["\u0301 "],
      copingAlone: ["  "],
      updatedAt: "2026-11-20T00:00:00.000Z",
    };
    const doc = { format: "reconnect-export", version: 1, safetyPlan: plan };
    expect(upgradeExport(doc).safetyPlan).toEqual({
      ...plan,
      warningSigns: ["Not sleeping"],
      reasonsForLiving: [],
      // Never taken by the route, so left for the schema to refuse.
      copingAlone: ["  "],
    });
    const none = { format: "reconnect-export", version: 1, safetyPlan: null };
    expect(repairVersion1(none)).toEqual(none);
  });
});

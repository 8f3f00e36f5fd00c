import { describe, expect, it } from "vitest";
import { LOCAL_DATE_RULE } from "../dates/local-date.js";
import { SHOWS_NOTHING } from "../text/visible.js";
import {
  activityInputSchema,
  activitySchema,
  plannedActivityInputSchema,
  plannedActivitySchema,
  planOutcomeSchema,
  storedActivitySchema,
} from "./activity.schema.js";
import { activityViewSchema } from "./plan-api.schema.js";

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message;
}

const walk = {
  id: "short-walk",
  title: "Walk around the block",
  area: "body-routine",
  effort: "small",
  minutes: 15,
  social: false,
  firstStep: "Put your shoes by the door",
} as const;

const plan = {
  id: "p1",
  activityId: "short-walk",
  date: "2026-03-02",
  time: "10:30",
  predictedEnjoyment: 4,
  status: "planned",
} as const;

describe("activity", () => {
  it("accepts a well-formed activity", () => {
    expect(activitySchema.parse(walk)).toEqual(walk);
  });
  it("refuses an id that is not kebab-case", () => {
    const result = activitySchema.safeParse({ ...walk, id: "Short Walk" });
    expect(firstMessage(result)).toMatch(/hyphens/);
  });
  it("refuses a tiny step that takes long", () => {
    const result = activityInputSchema.safeParse({
      title: "Clean the whole house",
      area: "achievement",
      effort: "tiny",
      minutes: 90,
      social: false,
      firstStep: "Pick one room",
    });
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toBe("a tiny step takes 5 minutes or less");
  });
  it("names an unknown area", () => {
    const result = activitySchema.safeParse({ ...walk, area: "fun" });
    expect(firstMessage(result)).toBe(
      "area must be one of connection, enjoyment, achievement, body-routine",
    );
  });
});

describe("planned activity", () => {
  it("accepts a plan with a time and one for sometime today", () => {
    expect(plannedActivitySchema.safeParse(plan).success).toBe(true);
    expect(plannedActivitySchema.safeParse({ ...plan, time: null }).success).toBe(true);
  });
  it("names a time that does not exist", () => {
    const result = plannedActivityInputSchema.safeParse({
      activityId: "short-walk",
      date: "2026-03-02",
      time: "25:00",
      predictedEnjoyment: 5,
    });
    expect(firstMessage(result)).toBe("25:00 is not a time of day: use HH:MM from 00:00 to 23:59");
  });
  it("names a date that does not exist", () => {
    const result = plannedActivityInputSchema.safeParse({
      activityId: "short-walk",
      date: "2026-02-31",
      time: null,
      predictedEnjoyment: 5,
    });
    expect(firstMessage(result)).toBe(LOCAL_DATE_RULE);
  });
  it.each([-1, 11, 4.5])("names enjoyment %s outside 0–10", (value) => {
    const result = plannedActivityInputSchema.safeParse({
      activityId: "short-walk",
      date: "2026-03-02",
      time: null,
      predictedEnjoyment: value,
    });
    expect(firstMessage(result)).toBe(
      `predictedEnjoyment must be a whole number from 0 to 10, got ${value}`,
    );
  });
  it("keeps ratings only for a done activity", () => {
    expect(
      plannedActivitySchema.safeParse({
        ...plan,
        status: "done",
        actualEnjoyment: 7,
        achievement: 6,
      }).success,
    ).toBe(true);
    const result = plannedActivitySchema.safeParse({
      ...plan,
      status: "let-go",
      actualEnjoyment: 3,
    });
    expect(firstMessage(result)).toBe(
      "actualEnjoyment and achievement are only kept for a done activity",
    );
  });
  it("reads an outcome and names a bad rating", () => {
    expect(planOutcomeSchema.parse({ status: "done", actualEnjoyment: 8 })).toEqual({
      status: "done",
      actualEnjoyment: 8,
    });
    expect(planOutcomeSchema.parse({ status: "let-go" })).toEqual({ status: "let-go" });
    const result = planOutcomeSchema.safeParse({ status: "done", achievement: 12 });
    expect(firstMessage(result)).toBe("achievement must be a whole number from 0 to 10, got 12");
    expect(firstMessage(planOutcomeSchema.safeParse({ status: "skipped" }))).toBe(
      "status must be one of planned, done, let-go",
    );
  });
  it("names each field sent and what is needed when a change holds no status", () => {
    const result = planOutcomeSchema.safeParse({ date: "2026-12-01", title: "x" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["date", "is not a field we know"],
      ["title", "is not a field we know"],
      ["status", "is needed (planned, done or let-go), or else time"],
    ]);
    for (const body of [null, [], "done", undefined]) {
      expect(planOutcomeSchema.safeParse(body).success, String(body)).toBe(false);
    }
  });
});

describe("an own activity's words that show nothing", () => {
  const { id: _id, ...fields } = walk;
  // A byte-order mark alone is trimmed away as a space is, and so is simply empty.
  it.each(["\u200b", "\u0301", "\u200b \u200d", "\u2060\ufe0f"])(
    "refuses a title or a first step of only %j, naming it",
    (blank) => {
      const title = activityInputSchema.safeParse({ ...fields, title: blank });
      expect(title.error?.issues.map((i) => [i.path, i.message])).toEqual([
        [["title"], `title ${SHOWS_NOTHING}`],
      ]);
      const step = activityInputSchema.safeParse({ ...fields, firstStep: blank });
      expect(step.error?.issues.map((i) => [i.path, i.message])).toEqual([
        [["firstStep"], `firstStep ${SHOWS_NOTHING}`],
      ]);
    },
  );

  it("keeps words with an accent on a letter, and an emoji alone", () => {
    expect(activityInputSchema.safeParse({ ...fields, title: "Cafe\u0301" }).success).toBe(true);
    expect(activityInputSchema.safeParse({ ...fields, firstStep: "🌱" }).success).toBe(true);
  });

  it("still reads back as stored, and is shown by the app's own read of an answer", () => {
    const kept = { ...walk, title: "\u200b", firstStep: "\u0301" };
    expect(storedActivitySchema.parse(kept)).toEqual(kept);
    const view = { ...kept, own: true, hidden: false };
    expect(activityViewSchema.parse(view)).toEqual(view);
  });
});

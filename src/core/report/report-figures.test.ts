import { describe, expect, it } from "vitest";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import type { ExportDocument } from "../export/export-document.schema.js";
import { reportFigures } from "./report-figures.js";
import { type ReportQuery, reportQuerySchema } from "./report-query.schema.js";

const AT = "2026-12-01T09:00:00.000Z";
const query = (parts: Partial<ReportQuery> = {}): ReportQuery =>
  reportQuerySchema.parse({ from: "2026-11-02", to: "2026-11-15", ...parts });
const doc = (parts: Partial<ExportDocument>) => exportDocumentWith(AT, "sam", parts);
const checkin = (date: string, parts: Partial<ExportDocument["checkins"][number]> = {}) => ({
  date,
  mood: 5,
  updatedAt: `${date}T20:00:00.000Z`,
  ...parts,
});
const phq9 = (takenAt: string, answers: number[]) =>
  ({ id: takenAt, instrument: "phq9", answers, takenAt }) as const;
const plan = (
  date: string,
  status: "planned" | "done" | "let-go",
  predicted: number,
  actual: number | null,
) => ({
  id: `${date}-${predicted}-${actual}`,
  activityId: "send-one-message",
  date,
  time: null,
  predictedEnjoyment: predicted,
  personId: null,
  status,
  actualEnjoyment: actual,
  achievement: null,
  createdAt: AT,
  updatedAt: AT,
});
const thought = (
  createdAt: string,
  keptTraps: ExportDocument["thoughts"][number]["keptTraps"],
) => ({
  id: createdAt,
  situation: null,
  thought: `thought of ${createdAt}`,
  feelings: [],
  suggestedTraps: [],
  keptTraps,
  setAsideTraps: [],
  evidenceFor: null,
  evidenceAgainst: null,
  balancedThought: null,
  createdAt,
  updatedAt: createdAt,
});

describe("the report's figures", () => {
  it("scores each PHQ-9 in the period and names item 9's answer in the questionnaire's words", () => {
    const figures = reportFigures(
      doc({
        assessments: [
          phq9("2026-11-01T10:00:00.000Z", [3, 3, 3, 3, 3, 3, 3, 3, 3]),
          phq9("2026-11-03T10:00:00.000Z", [2, 2, 1, 1, 1, 1, 1, 1, 2]),
          { id: "u", instrument: "ucla3", answers: [3, 2, 3], takenAt: "2026-11-04T10:00:00.000Z" },
          phq9("2026-11-10T10:00:00.000Z", [1, 1, 0, 0, 0, 0, 0, 0, 0]),
        ],
      }),
      query(),
    );
    expect(figures.phq9).toEqual([
      { date: "2026-11-03", total: 12, item9: 2, item9Words: "More than half the days" },
      { date: "2026-11-10", total: 2, item9: 0, item9Words: "Not at all" },
    ]);
    expect(figures.ucla3).toEqual([{ date: "2026-11-04", total: 8 }]);
  });

  it("averages the check-ins in the period, and each Monday-to-Sunday week", () => {
    const figures = reportFigures(
      doc({
        checkins: [
          checkin("2026-11-01", { mood: 0 }),
          checkin("2026-11-02", { mood: 4, energy: 2, connections: [{ mode: "call" }] }),
          checkin("2026-11-04", { mood: 6, energy: 5, sleepHours: 7.5 }),
          checkin("2026-11-12", { mood: 8, connections: [{ mode: "call" }, { mode: "video" }] }),
        ],
      }),
      query(),
    );
    expect(figures.averages).toEqual({
      days: 3,
      mood: 6,
      energy: 3.5,
      enjoyment: null,
      sleepHours: 7.5,
      connections: 1,
    });
    expect(figures.weeks).toEqual([
      { weekStart: "2026-11-02", days: 2, mood: 5, energy: 3.5, connections: 0.5 },
      { weekStart: "2026-11-09", days: 1, mood: 8, energy: null, connections: 2 },
    ]);
  });

  it("starts the first week on the Monday before a period that starts midweek", () => {
    const figures = reportFigures(doc({}), query({ from: "2026-11-04", to: "2026-11-04" }));
    expect(figures.weeks.map((week) => week.weekStart)).toEqual(["2026-11-02"]);
    expect(figures.averages).toMatchObject({ days: 0, mood: null, connections: null });
  });

  it("counts activities and reads the forecast gap with the Plan screen's own function", () => {
    const plans = [
      plan("2026-11-01", "done", 0, 10),
      ...[3, 4, 5, 6, 7].map((day) => plan(`2026-11-0${day}`, "done", 2, 5)),
      plan("2026-11-08", "let-go", 5, null),
      plan("2026-11-09", "planned", 5, null),
    ];
    const figures = reportFigures(doc({ plans }), query());
    expect(figures.activities).toMatchObject({ planned: 7, done: 5, letGo: 1 });
    expect(figures.activities.forecast).toMatchObject({ status: "ready", done: 5, overallGap: 3 });
  });

  it("lists the traps kept most often in the period, counts only, most first", () => {
    const figures = reportFigures(
      doc({
        thoughts: [
          thought("2026-11-01T10:00:00.000Z", ["labeling", "labeling"]),
          thought("2026-11-03T10:00:00.000Z", ["mind-reading", "labeling"]),
          thought("2026-11-05T10:00:00.000Z", ["mind-reading", "blaming"]),
          thought("2026-11-06T10:00:00.000Z", ["mind-reading"]),
        ],
      }),
      query(),
    );
    expect(figures.traps).toEqual([
      { id: "mind-reading", name: "Mind reading", count: 3 },
      { id: "blaming", name: expect.any(String), count: 1 },
      { id: "labeling", name: expect.any(String), count: 1 },
    ]);
    expect(figures.thoughts).toEqual([]);
  });

  it("says a safety plan exists only when it holds something", () => {
    const empty = {
      warningSigns: [],
      copingAlone: [],
      distractions: [],
      peopleToAsk: [],
      professionals: [],
      saferSurroundings: [],
      reasonsForLiving: [],
      updatedAt: AT,
    };
    expect(reportFigures(doc({}), query()).hasSafetyPlan).toBe(false);
    expect(reportFigures(doc({ safetyPlan: empty }), query()).hasSafetyPlan).toBe(false);
    const withReason = { ...empty, reasonsForLiving: ["my sister"] };
    expect(reportFigures(doc({ safetyPlan: withReason }), query()).hasSafetyPlan).toBe(true);
  });

  it("leaves notes and thought texts out unless each is ticked", () => {
    const parts = {
      checkins: [
        checkin("2026-11-03", { note: "a hard day" }),
        checkin("2026-11-04", { note: " " }),
      ],
      thoughts: [thought("2026-11-05T10:00:00.000Z", [])],
    };
    const plain = reportFigures(doc(parts), query());
    expect(plain.notes).toEqual([]);
    expect(plain.thoughts).toEqual([]);
    const notes = reportFigures(doc(parts), query({ includeNotes: "1" }));
    expect(notes.notes).toEqual([{ date: "2026-11-03", text: "a hard day" }]);
    expect(notes.thoughts).toEqual([]);
    const thoughts = reportFigures(doc(parts), query({ includeThoughts: "1" }));
    expect(thoughts.notes).toEqual([]);
    expect(thoughts.thoughts).toEqual([
      { date: "2026-11-05", thought: "thought of 2026-11-05T10:00:00.000Z", balancedThought: null },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import { csvQuerySchema, csvTable } from "./csv-tables.js";
import type { ExportDocument } from "./export-document.schema.js";

const AT = "2026-11-20T08:30:00.000Z";

function documentWith(parts: Partial<ExportDocument>): ExportDocument {
  return exportDocumentWith(AT, "sam", parts);
}

const jo = {
  id: "p1",
  name: "Jo",
  relationship: "sister",
  contactPreference: "message",
  wantedEveryDays: 7,
  createdAt: AT,
  updatedAt: AT,
} as const;

const thought: ExportDocument["thoughts"][number] = {
  id: "t1",
  situation: "Jo didn't answer",
  thought: "She thinks I'm boring",
  feelings: [{ name: "Sad", before: 80, after: 40 }],
  suggestedTraps: [],
  keptTraps: ["mind-reading"],
  setAsideTraps: ["labeling"],
  evidenceFor: "She was quiet",
  evidenceAgainst: "She asked me out",
  balancedThought: "She may be busy",
  createdAt: AT,
  updatedAt: AT,
};

describe("csvTable", () => {
  it("gives a check-in one column per field and sums up its connections in words", () => {
    const table = csvTable(
      documentWith({
        people: [jo],
        checkins: [
          {
            date: "2026-11-20",
            mood: 3,
            sleepHours: 6.5,
            connections: [
              { mode: "call", personId: "p1", felt: 1 },
              { mode: "message", name: "Ana", felt: -2 },
            ],
            note: "Rainy",
            updatedAt: AT,
          },
        ],
      }),
      { kind: "checkins", text: "0" },
    );
    expect(table.header[0]).toBe("Date");
    expect(table.rows).toEqual([
      [
        "2026-11-20",
        3,
        null,
        null,
        null,
        null,
        6.5,
        2,
        "call with Jo (felt +1); message with Ana (felt -2)",
        "Rainy",
        AT,
      ],
    ]);
    expect(table.rows[0]).toHaveLength(table.header.length);
  });

  it("gives every questionnaire the same item columns, with its total", () => {
    const table = csvTable(
      documentWith({
        assessments: [
          {
            id: "a1",
            instrument: "phq9",
            answers: [1, 1, 2, 1, 0, 1, 2, 1, 0],
            difficulty: 1,
            takenAt: AT,
          },
          { id: "a2", instrument: "ucla3", answers: [2, 1, 2], takenAt: AT },
        ],
      }),
      { kind: "questionnaires", text: "0" },
    );
    expect(table.header).toEqual([
      "Taken",
      "Questionnaire",
      "Total",
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Item ${n}`),
      "Difficulty (PHQ-9)",
    ]);
    expect(table.rows[0]).toEqual([AT, "PHQ-9", 9, 1, 1, 2, 1, 0, 1, 2, 1, 0, 1]);
    expect(table.rows[1]).toEqual([
      AT,
      "UCLA-3",
      5,
      2,
      1,
      2,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("names a plan's activity and person rather than their ids", () => {
    const table = csvTable(
      documentWith({
        people: [jo],
        plans: [
          {
            id: "x1",
            activityId: "send-one-message",
            date: "2026-11-21",
            time: null,
            predictedEnjoyment: 4,
            personId: "p1",
            status: "done",
            actualEnjoyment: 6,
            achievement: 5,
            createdAt: AT,
            updatedAt: AT,
          },
        ],
      }),
      { kind: "plans", text: "0" },
    );
    expect(table.rows[0]?.slice(0, 8)).toEqual([
      "2026-11-21",
      null,
      "Send one message to someone you like",
      "Jo",
      4,
      "done",
      6,
      5,
    ]);
  });

  it("leaves what a person wrote out of thought records unless asked for it", () => {
    const doc = documentWith({ thoughts: [thought] });
    const without = csvTable(doc, { kind: "thoughts", text: "0" });
    expect(JSON.stringify(without)).not.toMatch(/boring|Jo didn't|Sad|quiet|busy/);
    expect(without.rows[0]).toEqual([AT, AT, "mind-reading", "labeling"]);

    const withText = csvTable(doc, { kind: "thoughts", text: "1" });
    expect(withText.header).toContain("Thought");
    expect(withText.rows[0]).toContain("She thinks I'm boring");
    expect(withText.rows[0]).toContain("Sad 80 → 40");
  });

  it("keeps a person's words as written, direction controls included, with no isolate added", () => {
    // The screens isolate these words; an export gives them back exactly (docs/SAFETY.md).
    const doc = documentWith({
      thoughts: [
        {
          ...thought,
          thought: "Nobody\u202E cares",
          feelings: [{ name: "Sad\u202E", before: 80 }],
        },
      ],
    });
    const row = csvTable(doc, { kind: "thoughts", text: "1" }).rows[0];
    expect(row).toContain("Nobody\u202E cares");
    expect(row).toContain("Sad\u202E 80 → ?");
    expect(row?.some((cell) => typeof cell === "string" && /[\u2066-\u2069]/.test(cell))).toBe(
      false,
    );
  });

  it("refuses a kind it does not make, naming the ones it does", () => {
    const result = csvQuerySchema.safeParse({ kind: "people" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "must be one of checkins, questionnaires, plans, thoughts",
    );
  });
});

import { z } from "zod";
import { scoreAssessment } from "../assessments/score-assessment.js";
import type { Connection } from "../checkins/checkin.schema.js";
import { catalogue } from "../plan/catalogue.js";
import type { ExportDocument } from "./export-document.schema.js";

/** The kinds a person can take as a spreadsheet, one file each. */
export const csvKinds = ["checkins", "questionnaires", "plans", "thoughts"] as const;
export type CsvKind = (typeof csvKinds)[number];

/** `GET /api/export/csv`: which kind, and whether thought records carry what the person wrote. */
export const csvQuerySchema = z.strictObject({
  kind: z.enum(csvKinds, { message: `must be one of ${csvKinds.join(", ")}` }),
  text: z.enum(["0", "1"], { message: "must be 0 or 1" }).default("0"),
});
export type CsvQuery = z.infer<typeof csvQuerySchema>;

/** A cell: text, a number, or nothing (an empty cell, not the word "null"). */
export type CsvCell = string | number | null;
export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/** The most items any questionnaire has (PHQ-9), so every questionnaire fits the same columns. */
const MOST_ITEMS = 9;
const INSTRUMENT_NAMES = { phq9: "PHQ-9", ucla3: "UCLA-3" } as const;

const optional = (value: number | undefined): CsvCell => value ?? null;
const signed = (felt: number) => (felt > 0 ? `+${felt}` : String(felt));

/** "call with Jo (felt +1); message with Ana": who, how, and how it felt, in one readable cell. */
function summariseConnections(
  connections: readonly Connection[],
  names: ReadonlyMap<string, string>,
): string {
  return connections
    .map((connection) => {
      const who =
        (connection.personId ? names.get(connection.personId) : undefined) ??
        connection.name ??
        "someone";
      const felt = connection.felt === undefined ? "" : ` (felt ${signed(connection.felt)})`;
      return `${connection.mode} with ${who}${felt}`;
    })
    .join("; ");
}

function checkinsTable(doc: ExportDocument): CsvTable {
  const names = new Map(doc.people.map((person) => [person.id, person.name]));
  return {
    header: [
      "Date",
      "Mood (0-10)",
      "Energy (0-10)",
      "Enjoyment (0-10)",
      "Stuck in repeating thoughts (0-10)",
      "Feeling like a burden (0-10)",
      "Sleep (hours)",
      "Connections",
      "Who and how",
      "Note",
      "Last changed",
    ],
    rows: doc.checkins.map((day) => [
      day.date,
      day.mood,
      optional(day.energy),
      optional(day.enjoyment),
      optional(day.rumination),
      optional(day.burden),
      optional(day.sleepHours),
      day.connections?.length ?? 0,
      summariseConnections(day.connections ?? [], names),
      day.note ?? null,
      day.updatedAt,
    ]),
  };
}

function questionnairesTable(doc: ExportDocument): CsvTable {
  const items = Array.from({ length: MOST_ITEMS }, (_, index) => `Item ${index + 1}`);
  return {
    header: ["Taken", "Questionnaire", "Total", ...items, "Difficulty (PHQ-9)"],
    rows: doc.assessments.map((taken) => [
      taken.takenAt,
      INSTRUMENT_NAMES[taken.instrument],
      scoreAssessment(taken).score,
      ...items.map((_, index) => taken.answers[index] ?? null),
      taken.instrument === "phq9" ? optional(taken.difficulty) : null,
    ]),
  };
}

function plansTable(doc: ExportDocument): CsvTable {
  const titles = new Map(
    [...catalogue, ...doc.activities].map((activity) => [activity.id, activity.title]),
  );
  const names = new Map(doc.people.map((person) => [person.id, person.name]));
  return {
    header: [
      "Date",
      "Time",
      "Activity",
      "With",
      "Expected enjoyment (0-10)",
      "Status",
      "Actual enjoyment (0-10)",
      "Achievement (0-10)",
      "Planned",
      "Last changed",
    ],
    rows: doc.plans.map((plan) => [
      plan.date,
      plan.time,
      titles.get(plan.activityId) ?? plan.activityId,
      plan.personId ? (names.get(plan.personId) ?? null) : null,
      plan.predictedEnjoyment,
      plan.status,
      plan.actualEnjoyment,
      plan.achievement,
      plan.createdAt,
      plan.updatedAt,
    ]),
  };
}

/**
 * Thought records hold the most private words in the app, so by default the file keeps only
 * when they were written and which thinking traps were kept or set aside; the words themselves
 * (feelings named, situation, thought, evidence, balanced thought) only when asked for.
 */
function thoughtsTable(doc: ExportDocument, withText: boolean): CsvTable {
  const base = ["Written", "Last changed", "Thinking traps kept", "Thinking traps set aside"];
  const words = [
    "Situation",
    "Thought",
    "Feelings (before → after, 0-100)",
    "Evidence for",
    "Evidence against",
    "Balanced thought",
  ];
  return {
    header: withText ? [...base, ...words] : base,
    rows: doc.thoughts.map((record) => {
      const row: CsvCell[] = [
        record.createdAt,
        record.updatedAt,
        record.keptTraps.join("; "),
        record.setAsideTraps.join("; "),
      ];
      if (!withText) return row;
      const feelings = record.feelings
        .map((feeling) => `${feeling.name} ${feeling.before} → ${feeling.after ?? "?"}`)
        .join("; ");
      return [
        ...row,
        record.situation,
        record.thought,
        feelings,
        record.evidenceFor,
        record.evidenceAgainst,
        record.balancedThought,
      ];
    }),
  };
}

/** One kind of a person's records as a table with a header row, in the export's own order. */
export function csvTable(doc: ExportDocument, query: CsvQuery): CsvTable {
  switch (query.kind) {
    case "checkins":
      return checkinsTable(doc);
    case "questionnaires":
      return questionnairesTable(doc);
    case "plans":
      return plansTable(doc);
    case "thoughts":
      return thoughtsTable(doc, query.text === "1");
  }
}

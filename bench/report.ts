import { availableParallelism, loadavg } from "node:os";
import { addDays } from "../src/core/dates/local-date.js";
import type { ExportDocument } from "../src/core/export/export-document.schema.js";
import { mulberry32 } from "../src/core/insights/random.js";
import { exportDocumentWith } from "../test/support/export-documents.js";
import { engines } from "../test/support/stores.js";
import { createTestApp } from "../test/support/test-app.js";

/**
 * The clinician report (GET /api/report.pdf, notes and thoughts ticked) for one year of one
 * person's data, through the whole app on each engine, next to reading the same rows with one
 * plain query per table. Median of several runs after a warm-up.
 */

const TARGET_MS = 1000;
const RUNS = 9;
const WARM_UP = 2;
const END = "2026-11-28";
const START = addDays(END, -364);
const AT = "2026-11-29T08:00:00.000Z";
const TRAPS = ["mind-reading", "labeling", "all-or-nothing", "fortune-telling", "burden"] as const;

/** A year of a full life in Reconnect: a check-in every day, check-ups every two weeks. */
function oneYear(): ExportDocument {
  const random = mulberry32(2026);
  const day = (index: number) => addDays(START, index);
  const instant = (date: string) => `${date}T19:30:00.000Z`;
  const checkins = Array.from({ length: 365 }, (_, i) => ({
    date: day(i),
    mood: Math.floor(random() * 11),
    energy: Math.floor(random() * 11),
    enjoyment: Math.floor(random() * 11),
    sleepHours: 5 + Math.floor(random() * 8),
    connections: random() < 0.5 ? [{ mode: "call" as const, name: "Jo", felt: 1 }] : [],
    note: `Day ${i}: a walk, some rain, a message to Jo that I almost did not send.`,
    updatedAt: instant(day(i)),
  }));
  const assessments = Array.from({ length: 26 }, (_, i) => ({
    id: `phq9-${i}`,
    instrument: "phq9" as const,
    answers: Array.from({ length: 9 }, () => Math.floor(random() * 4)),
    difficulty: 1,
    takenAt: instant(day(i * 14)),
  }));
  const ucla3 = Array.from({ length: 12 }, (_, i) => ({
    id: `ucla3-${i}`,
    instrument: "ucla3" as const,
    answers: Array.from({ length: 3 }, () => 1 + Math.floor(random() * 3)),
    takenAt: instant(day(i * 30)),
  }));
  const thoughts = Array.from({ length: 50 }, (_, i) => ({
    id: `thought-${i}`,
    situation: "Jo did not answer",
    thought: "She must be tired of me",
    feelings: [{ name: "Sad", before: 70, after: 40 }],
    suggestedTraps: [],
    keptTraps: [TRAPS[i % TRAPS.length] ?? "labeling"],
    setAsideTraps: [],
    evidenceFor: null,
    evidenceAgainst: "She replied last week",
    balancedThought: "She may be busy",
    createdAt: instant(day(i * 7)),
    updatedAt: instant(day(i * 7)),
  }));
  const plans = Array.from({ length: 500 }, (_, i) => {
    const done = random() < 0.6;
    return {
      id: `plan-${i}`,
      activityId: "send-one-message",
      date: day(Math.floor((i * 365) / 500)),
      time: null,
      predictedEnjoyment: Math.floor(random() * 8),
      personId: null,
      status: done ? ("done" as const) : ("planned" as const),
      actualEnjoyment: done ? Math.floor(random() * 11) : null,
      achievement: null,
      createdAt: AT,
      updatedAt: AT,
    };
  });
  return exportDocumentWith(AT, "sam", {
    checkins,
    assessments: [...assessments, ...ucla3],
    thoughts,
    plans,
    safetyPlan: {
      warningSigns: ["Not answering messages"],
      copingAlone: ["A walk"],
      distractions: [],
      peopleToAsk: ["Jo"],
      professionals: [],
      saferSurroundings: [],
      reasonsForLiving: ["My cat"],
      updatedAt: AT,
    },
  });
}

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const doc = oneYear();
console.log(
  `report: one year (${doc.checkins.length} check-ins with notes, ${doc.assessments.length} check-ups, ` +
    `${doc.thoughts.length} thought records, ${doc.plans.length} planned activities)`,
);
for (const engine of engines) {
  const t = await createTestApp(engine);
  try {
    const c = await t.owner();
    const imported = await c.post("/api/import?mode=replace", doc);
    if (imported.statusCode !== 200) throw new Error(`import: ${imported.body}`);
    const userId = (await t.store.db.selectFrom("users").select("id").executeTakeFirstOrThrow()).id;
    const db = t.store.db;
    const plain = await median(() =>
      Promise.all([
        db.selectFrom("checkins").selectAll().where("user_id", "=", userId).execute(),
        db.selectFrom("assessments").selectAll().where("user_id", "=", userId).execute(),
        db.selectFrom("thought_records").selectAll().where("user_id", "=", userId).execute(),
        db.selectFrom("planned_activities").selectAll().where("user_id", "=", userId).execute(),
        db.selectFrom("own_activities").selectAll().where("user_id", "=", userId).execute(),
        db.selectFrom("safety_plans").selectAll().where("user_id", "=", userId).execute(),
      ]),
    );
    let pages = 0;
    const report = await median(async () => {
      const response = await c.get(
        `/api/report.pdf?from=${START}&to=${END}&includeNotes=1&includeThoughts=1`,
      );
      if (response.statusCode !== 200) throw new Error(`report: ${response.body}`);
      pages = (response.body.match(/\/Type \/Page\b/g) ?? []).length;
    });
    console.log(`${engine}: one plain query per table: ${plain.toFixed(1)} ms (median of ${RUNS})`);
    console.log(
      `${engine}: report PDF (${pages} pages): ${report.toFixed(1)} ms (median of ${RUNS})  ` +
        `(target under ${TARGET_MS} ms: ${report < TARGET_MS ? "PASS" : "MISS"})`,
    );
  } finally {
    await t.close();
  }
}
console.log(`machine load (1 min): ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`);

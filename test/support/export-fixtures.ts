import { expect } from "vitest";
import type { ExportDocument } from "../../src/core/export/export-document.schema.js";
import type { ApiClient } from "./api-client.js";

function ok(response: { statusCode: number; body: string }, what: string): void {
  if (response.statusCode >= 300)
    throw new Error(`${what}: ${response.statusCode} ${response.body}`);
}

/**
 * One of each kind of record a person can keep, linked the way the app links them (a plan and a
 * day's connection with a person of the circle, a plan of the person's own activity), with the
 * given word in every text so a test can tell whose data it is looking at.
 */
export async function seedEverything(c: ApiClient, word: string): Promise<void> {
  const person = await c.post("/api/people", {
    name: `${word} Jo`,
    relationship: "sister",
    contactPreference: "message",
    wantedEveryDays: 7,
  });
  ok(person, "person");
  const personId: string = person.json().id;
  const activity = await c.post("/api/activities", {
    title: `${word} water the plants`,
    area: "body-routine",
    effort: "small",
    minutes: 10,
    social: false,
    firstStep: "Fill the jug",
  });
  ok(activity, "activity");
  const activityId: string = activity.json().id;
  for (const [date, mood] of [
    ["2026-11-20", 3],
    ["2026-11-21", 5],
    ["2026-11-22", 6],
  ] as const) {
    ok(
      await c.put(`/api/checkins/${date}`, {
        mood,
        energy: 4,
        sleepHours: 6.5,
        connections: [
          { mode: "call", personId, felt: 1 },
          { mode: "message", name: "Ana" },
        ],
        note: `${word} note on ${date} 🌧️`,
      }),
      "check-in",
    );
  }
  ok(
    await c.post("/api/assessments", {
      instrument: "phq9",
      answers: [1, 1, 2, 1, 0, 1, 2, 1, 0],
      difficulty: 1,
    }),
    "phq9",
  );
  ok(await c.post("/api/assessments", { instrument: "ucla3", answers: [2, 1, 2] }), "ucla3");
  ok(
    await c.put("/api/safety-plan", {
      warningSigns: [`${word} not sleeping`],
      reasonsForLiving: ["My cat"],
      peopleToAsk: ["Jo"],
    }),
    "safety plan",
  );
  ok(
    await c.post("/api/thoughts", {
      situation: `${word} Jo didn't answer`,
      thought: "She thinks I'm boring",
      feelings: [{ name: "Sad", before: 80, after: 40 }],
      keptTraps: ["mind-reading"],
      evidenceFor: "She was quiet",
      evidenceAgainst: "She asked me out last week",
      balancedThought: "She may be busy",
    }),
    "thought",
  );
  ok(await c.request("PATCH", "/api/activities/open-a-window", { hidden: true }), "hide");
  ok(
    await c.post("/api/plans", {
      activityId,
      date: "2026-11-23",
      time: "09:30",
      predictedEnjoyment: 5,
      personId,
    }),
    "plan",
  );
  ok(
    await c.post("/api/plans", {
      activityId: "send-one-message",
      date: "2026-11-24",
      time: null,
      predictedEnjoyment: 3,
    }),
    "plan",
  );
  ok(await c.put("/api/routine", { anchors: [{ anchor: "wake", target: "07:30" }] }), "routine");
  ok(await c.put("/api/routine/ticks/2026-11-22", { anchor: "wake", time: "07:45" }), "tick");
  ok(
    await c.post("/api/shares", {
      energy: "low",
      contact: "Texts welcome",
      message: `${word} hello`,
      showSteps: true,
    }),
    "share",
  );
  ok(await c.post("/api/calendar/feed", {}), "calendar feed");
  ok(
    await c.put("/api/reminders", { checkinTime: "20:30", steps: { on: true, minutesBefore: 10 } }),
    "reminders",
  );
}

/** The person's whole export as the API answers it; the test stops here unless it is a 200. */
export async function exportOf<T = ExportDocument>(c: ApiClient): Promise<T> {
  const response = await c.get("/api/export");
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The parts of an export that belong to the person, not to the moment or the server. */
export function personalContent<T extends Record<string, unknown>>(
  doc: T,
): Omit<T, "exportedAt" | "account"> {
  const { exportedAt: _at, account: _account, ...rest } = doc;
  return rest;
}

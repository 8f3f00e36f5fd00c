import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { addDays } from "../src/core/dates/local-date.js";
import { catalogue } from "../src/core/plan/catalogue.js";
import { suggestActivities } from "../src/core/plan/suggest.js";
import { insertUser } from "../src/server/accounts/user.repository.js";
import { saveCheckin } from "../src/server/checkins/checkin.repository.js";
import { checkinHistory } from "../src/server/circle/connection-history.js";
import { insertPerson, listPeople } from "../src/server/circle/person.repository.js";
import { migrateToLatest } from "../src/server/db/migrate.js";
import { openSqliteStore } from "../src/server/db/open-store.js";
import { personActivities } from "../src/server/plan/activity.repository.js";
import { SUGGEST_HISTORY_DAYS } from "../src/server/plan/activity.routes.js";
import { insertPlan, plansForSuggestions } from "../src/server/plan/plan.repository.js";

// Three years of one person's history (1,000 check-ins, 3,000 planned activities, 50 people),
// read from SQLite exactly as GET /api/suggestions reads it, then the suggestion itself, both
// timed in this one process.
const TODAY = "2026-11-29";
const USER = "bench-user";
const RUNS = 200;
const TARGET_MS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-bench-suggest-"));
  const store = openSqliteStore(path.join(dir, "reconnect.sqlite"));
  try {
    await migrateToLatest(store.db);
    const now = `${TODAY}T12:00:00.000Z`;
    await insertUser(store.db, {
      id: USER,
      username: "bench",
      password_hash: "x",
      role: "owner",
      created_at: now,
    });
    const people = Array.from({ length: 50 }, (_, i) => ({
      id: `person-${i}`,
      name: `Friend ${i}`,
      relationship: "friend",
      contactPreference: "message" as const,
      wantedEveryDays: 7 + (i % 30),
    }));
    await store.write(async (trx) => {
      for (const person of people) await insertPerson(trx, USER, person, now);
      for (let i = 0; i < 1000; i++) {
        const date = addDays(TODAY, -i);
        await saveCheckin(
          trx,
          USER,
          date,
          {
            mood: i % 11,
            energy: (i * 3) % 11,
            connections:
              i % 3 === 0 ? [{ personId: `person-${i % 50}`, mode: "message", felt: 1 }] : [],
          },
          now,
        );
      }
      for (let i = 0; i < 3000; i++) {
        const activity = catalogue[i % catalogue.length];
        if (!activity) continue;
        const done = i % 2 === 0;
        await insertPlan(
          trx,
          USER,
          {
            id: `plan-${i}`,
            activityId: activity.id,
            date: addDays(TODAY, -Math.floor(i / 3)),
            time: null,
            predictedEnjoyment: i % 11,
            ...(i % 5 === 0 ? { personId: `person-${i % 50}` } : {}),
            status: done ? "done" : "let-go",
            ...(done ? { actualEnjoyment: (i * 7) % 11, achievement: (i * 3) % 11 } : {}),
          },
          now,
        );
      }
    });

    const since = addDays(TODAY, -(SUGGEST_HISTORY_DAYS - 1));
    const read = () =>
      Promise.all([
        personActivities(store.db, USER),
        checkinHistory(store.db, USER, since),
        plansForSuggestions(store.db, USER, since),
        listPeople(store.db, USER),
      ]);
    await read();
    const readTimes: number[] = [];
    const suggestTimes: number[] = [];
    let history = await read();
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      history = await read();
      readTimes.push(performance.now() - t0);
    }
    const [activities, checkins, planned, listed] = history;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      suggestActivities({
        today: TODAY,
        energy: undefined,
        minutes: 20,
        activities: activities.all,
        hiddenIds: activities.hidden,
        checkins,
        planned,
        people: listed,
      });
      suggestTimes.push(performance.now() - t0);
    }
    const suggestMs = median(suggestTimes);
    console.log(
      "\nSuggestions: 3 years of history (1,000 check-ins, 3,000 planned activities, 50 people)",
    );
    console.log(
      `  reading that history from SQLite, as the route does: median ${median(readTimes).toFixed(2)} ms`,
    );
    console.log(
      `  suggestActivities itself:                          median ${suggestMs.toFixed(3)} ms   target: under ${TARGET_MS} ms   ${suggestMs < TARGET_MS ? "PASS" : "MISS"}`,
    );
    console.log(
      `  (inputs: ${checkins.length} check-in days, ${planned.length} plans, ${listed.length} people)`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

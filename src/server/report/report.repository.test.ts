import { beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { reportFigures } from "../../core/report/report-figures.js";
import { readExport } from "../export/export.repository.js";
import { readReportSource } from "./report.repository.js";

const PERIOD = { from: "2026-11-10", to: "2026-11-12" };
/** Each side of each edge of the period, as instants kept in UTC. */
const INSTANTS = [
  "2026-11-09T23:59:59.999Z",
  "2026-11-10T00:00:00.000Z",
  "2026-11-12T23:59:59.999Z",
  "2026-11-13T00:00:00.000Z",
];
const DAYS = ["2026-11-09", "2026-11-10", "2026-11-12", "2026-11-13"];

describe.each(engines)("what a report reads on %s", (engine) => {
  const s = useServer(engine, { member: true });
  const ids = { owner: "", member: "" };
  beforeAll(async () => {
    ids.owner = (await s.owner.get("/api/me")).json().id;
    ids.member = (await s.member.get("/api/me")).json().id;
    for (const [c, word] of [
      [s.owner, "owner"],
      [s.member, "member"],
    ] as const) {
      for (const at of INSTANTS) {
        s.app.clock.set(at);
        const taken = await c.post("/api/assessments", { instrument: "ucla3", answers: [1, 2, 1] });
        expect(taken.statusCode, taken.body).toBe(201);
        const thought = await c.post("/api/thoughts", { thought: `${word} at ${at}` });
        expect(thought.statusCode, thought.body).toBe(201);
      }
      s.app.clock.set("2026-11-13T12:00:00.000Z");
      for (const date of DAYS) {
        const day = await c.put(`/api/checkins/${date}`, { mood: 5, note: `${word} on ${date}` });
        expect(day.statusCode, day.body).toBe(200);
        const plan = await c.post("/api/plans", {
          activityId: "send-one-message",
          date,
          time: null,
          predictedEnjoyment: 3,
        });
        expect(plan.statusCode, plan.body).toBe(201);
      }
    }
  });

  it("reads only the period's rows, its first and last instants included", async () => {
    const source = await readReportSource(s.app.store.db, ids.owner, PERIOD);
    const inside = INSTANTS.slice(1, 3);
    expect(source.assessments.map((a) => a.takenAt)).toEqual(inside);
    expect(source.thoughts.map((t) => t.thought)).toEqual(inside.map((at) => `owner at ${at}`));
    expect(source.checkins.map((c) => c.date)).toEqual(DAYS.slice(1, 3));
    expect(source.plans.map((p) => p.date)).toEqual(DAYS.slice(1, 3));
  });

  it("makes the same figures as the whole export did", async () => {
    const query = { ...PERIOD, includeNotes: "1", includeThoughts: "1" } as const;
    for (const userId of [ids.owner, ids.member]) {
      const whole = await readExport(s.app.store.db, userId, "2026-11-13T12:00:00.000Z");
      const source = await readReportSource(s.app.store.db, userId, PERIOD);
      expect(reportFigures(source, query)).toEqual(reportFigures(whole, query));
    }
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { lifeExport } from "../../../bench/ten-years.js";
import { answerOrder } from "../../../test/support/answer-order.js";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { computeInsights } from "../../core/insights/insights.js";
import { listCheckins } from "../checkins/checkin.repository.js";
import { personActivities } from "../plan/activity.repository.js";
import { listPlans } from "../plan/plan.repository.js";
import { forInsights } from "./insights.routes.js";

/** Enough days that the check-ins are checked in several steps. */
const LIFE = { days: 700, thoughts: 10, plans: 900, people: 20 };
const TODAY = "2026-11-28";
const FROM = "2006-11-28";

/**
 * The insights give way while they check years of check-ins and work them out (see
 * http/give-way.ts), and must still give what they gave in one piece: `listCheckins` and
 * `computeInsights`, run here on the same stored rows, are that one-piece way.
 */
describe.each(engines)("insights of a long history on %s", (engine) => {
  const s = useServer(engine, { member: true });
  let userId = "";
  beforeAll(async () => {
    const imported = await s.owner.post("/api/import?mode=replace", lifeExport(LIFE));
    expect(imported.statusCode, imported.body).toBe(200);
    userId = (await s.owner.get("/api/me")).json().id;
  });

  it("gives the same insights, byte for byte", async () => {
    const db = s.app.store.db;
    const response = await s.owner.get(`/api/insights?to=${TODAY}`);
    expect(response.statusCode).toBe(200);
    const activities = await personActivities(db, userId);
    const plans = await listPlans(db, userId, { from: FROM, to: TODAY });
    const inOnePiece = computeInsights(
      {
        checkins: await listCheckins(db, userId, FROM, TODAY),
        activities: plans.map((plan) => forInsights(plan, activities.byId)),
      },
      TODAY,
    );
    expect(inOnePiece.data.checkins).toBe(LIFE.days);
    expect(response.body).toBe(JSON.stringify(inOnePiece));
  });

  it("answers another person while the insights are under way", async () => {
    expect(
      await answerOrder(
        () => s.owner.get(`/api/insights?to=${TODAY}`),
        () => s.member.get("/api/session"),
      ),
    ).toEqual({ order: ["short", "long"], long: 200, short: 200 });
  });
});

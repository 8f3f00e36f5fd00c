import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addTestPeople,
  createTestStore,
  engines,
  type TestStore,
} from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import {
  calendarFeedOwner,
  deleteCalendarFeed,
  replaceCalendarFeed,
} from "../calendar/calendar-feed.repository.js";
import { checkinHistory } from "../circle/connection-history.js";
import { deletePerson, insertPerson, listPeople } from "../circle/person.repository.js";
import {
  insertOwnActivity,
  listOwnActivities,
  personActivities,
  setActivityHidden,
} from "./activity.repository.js";
import {
  deletePlan,
  insertPlan,
  listPlans,
  plansForSuggestions,
  recordOutcome,
  setPlanTime,
} from "./plan.repository.js";
import {
  listRoutineTargets,
  listRoutineTicks,
  replaceRoutineTargets,
  saveRoutineTick,
} from "./routine.repository.js";

const T0 = "2026-11-29T12:00:00.000Z";
const OWN = {
  id: "own-basil",
  title: "Water the basil 🌿",
  area: "body-routine",
  effort: "tiny",
  minutes: 2,
  social: false,
  firstStep: "Fill the glass",
} as const;

// One suite on every engine Reconnect supports, each in its own fresh database.
describe.each(engines)("plan and circle storage on %s", (engine) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(engine);
    await addTestPeople(store);
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it("keeps own and hidden activities per person", async () => {
    await insertOwnActivity(store.db, "u-alex", OWN, T0);
    await setActivityHidden(store.db, "u-alex", "open-a-window", true);
    await setActivityHidden(store.db, "u-alex", "open-a-window", true);
    expect(await listOwnActivities(store.db, "u-alex")).toEqual([OWN]);
    expect(await listOwnActivities(store.db, "u-bo")).toEqual([]);
    const alex = await personActivities(store.db, "u-alex");
    expect(alex.byId.get("own-basil")).toEqual(OWN);
    expect([...alex.hidden]).toEqual(["open-a-window"]);
    expect((await personActivities(store.db, "u-bo")).hidden.size).toBe(0);
    await setActivityHidden(store.db, "u-alex", "open-a-window", false);
    expect((await personActivities(store.db, "u-alex")).hidden.size).toBe(0);
  });

  it("stores plans with 'sometime' first in a day, and updates only the owner's", async () => {
    await insertPlan(
      store.db,
      "u-alex",
      {
        id: "p2",
        activityId: "own-basil",
        date: "2026-11-30",
        time: "08:00",
        predictedEnjoyment: 4,
        status: "planned",
      },
      T0,
    );
    await insertPlan(
      store.db,
      "u-alex",
      {
        id: "p1",
        activityId: "open-a-window",
        date: "2026-11-30",
        time: null,
        predictedEnjoyment: 2,
        status: "planned",
        personId: "person-1",
      },
      T0,
    );
    const plans = await listPlans(store.db, "u-alex", { from: "2026-11-30", to: "2026-11-30" });
    expect(plans.map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(plans[0]).toMatchObject({ time: null, personId: "person-1" });
    expect(plans[1]).not.toHaveProperty("personId");

    const [, second] = plans;
    if (second === undefined) throw new Error("the second plan is missing");
    const done = { ...second, status: "done", actualEnjoyment: 8, achievement: 0 } as const;
    const outcome = { status: "done", actualEnjoyment: 8, achievement: 0 } as const;
    expect(await recordOutcome(store.db, "u-bo", "p2", outcome, T0)).toBeUndefined();
    expect(await recordOutcome(store.db, "u-alex", "p2", outcome, T0)).toEqual(done);
    expect(await deletePlan(store.db, "u-bo", "p2")).toBe(false);
    expect(await plansForSuggestions(store.db, "u-bo", "2026-01-01")).toEqual([]);
    expect((await plansForSuggestions(store.db, "u-alex", "2026-11-01")).length).toBe(2);
  });

  it("gives a time only to a step still planned when the UPDATE runs", async () => {
    const plan = {
      id: "p-race",
      activityId: "open-a-window",
      date: "2026-12-01",
      time: null,
      predictedEnjoyment: 3,
      status: "planned",
    } as const;
    await insertPlan(store.db, "u-alex", plan, T0);
    const done = { ...plan, status: "done", actualEnjoyment: 6, achievement: 5 } as const;
    // The step is marked done while the time change is already on its way: the time change
    // must wait for it and then find the step finished, never write over it. (SQLite runs one
    // statement at a time anyway; on PostgreSQL a read made first would still see "planned".)
    let racing: Promise<unknown> = Promise.resolve();
    await store.db.transaction().execute(async (trx) => {
      await recordOutcome(trx, "u-alex", "p-race", done, T0);
      racing = setPlanTime(store.db, "u-alex", "p-race", "09:00", T0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(await racing).toEqual({ kind: "not-planned" });
    expect(await setPlanTime(store.db, "u-bo", "p-race", "09:00", T0)).toEqual({
      kind: "not-found",
    });
    const [stored] = await listPlans(store.db, "u-alex", { from: "2026-12-01", to: "2026-12-01" });
    expect(stored).toEqual(done);
    expect(await deletePlan(store.db, "u-alex", "p-race")).toBe(true);
  });

  it("keeps a time given a moment before a step is marked done, writing only the outcome", async () => {
    const plan = {
      id: "p-kept",
      activityId: "open-a-window",
      date: "2026-12-02",
      time: null,
      predictedEnjoyment: 3,
      status: "planned",
    } as const;
    await insertPlan(store.db, "u-alex", plan, T0);
    // The time is being given (its transaction still open) when "done" arrives from another
    // device: the outcome waits for it and must not write back the time it would have read.
    let racing: Promise<unknown> = Promise.resolve();
    await store.db.transaction().execute(async (trx) => {
      await setPlanTime(trx, "u-alex", "p-kept", "09:00", T0);
      racing = recordOutcome(store.db, "u-alex", "p-kept", { status: "done" }, T0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await racing;
    const [stored] = await listPlans(store.db, "u-alex", { from: "2026-12-02", to: "2026-12-02" });
    expect(stored).toMatchObject({ time: "09:00", status: "done" });
    expect(await deletePlan(store.db, "u-alex", "p-kept")).toBe(true);
  });

  it("keeps routine targets and ticks, a later tap replacing an earlier one", async () => {
    await store.write((trx) =>
      replaceRoutineTargets(trx, "u-alex", [
        { anchor: "wake", target: "07:30" },
        { anchor: "bed", target: "23:00" },
      ]),
    );
    await store.write((trx) =>
      replaceRoutineTargets(trx, "u-alex", [{ anchor: "wake", target: "08:00" }]),
    );
    expect(await listRoutineTargets(store.db, "u-alex")).toEqual([
      { anchor: "wake", target: "08:00" },
    ]);
    await saveRoutineTick(store.db, "u-alex", {
      date: "2026-11-29",
      anchor: "wake",
      time: "07:10",
    });
    await saveRoutineTick(store.db, "u-alex", {
      date: "2026-11-29",
      anchor: "wake",
      time: "07:40",
    });
    expect(await listRoutineTicks(store.db, "u-alex", "2026-11-23", "2026-11-29")).toEqual([
      { date: "2026-11-29", anchor: "wake", time: "07:40" },
    ]);
    expect(await listRoutineTicks(store.db, "u-bo", "2026-11-23", "2026-11-29")).toEqual([]);
  });

  it("keeps people per person and reads connections from check-ins", async () => {
    const person = {
      id: "person-1",
      name: "Jo",
      relationship: "",
      contactPreference: "any",
      wantedEveryDays: 7,
    } as const;
    await insertPerson(store.db, "u-alex", person, T0);
    expect(await listPeople(store.db, "u-alex")).toEqual([person]);
    expect(await listPeople(store.db, "u-bo")).toEqual([]);
    expect(await deletePerson(store.db, "u-bo", "person-1")).toBe(false);

    await store.db
      .insertInto("checkins")
      .values({
        user_id: "u-alex",
        date: "2026-11-20",
        mood: 5,
        energy: 3,
        enjoyment: null,
        rumination: null,
        burden: null,
        sleep_hours: null,
        note: null,
        updated_at: T0,
        doc: "{}",
      })
      .execute();
    await store.db
      .insertInto("checkin_connections")
      .values({
        user_id: "u-alex",
        date: "2026-11-20",
        position: 0,
        person_id: "person-1",
        name: null,
        mode: "call",
        felt: 1,
      })
      .execute();
    expect(await checkinHistory(store.db, "u-alex", "2026-11-25")).toEqual([
      { date: "2026-11-20", connections: [{ personId: "person-1", mode: "call", felt: 1 }] },
    ]);
    expect(await checkinHistory(store.db, "u-alex", "2026-11-01")).toEqual([
      {
        date: "2026-11-20",
        energy: 3,
        connections: [{ personId: "person-1", mode: "call", felt: 1 }],
      },
    ]);
    expect(await checkinHistory(store.db, "u-bo", "2026-11-01")).toEqual([]);
  });

  it("keeps one calendar feed per person, by hash, until revoked", async () => {
    await replaceCalendarFeed(store.db, "u-alex", "hash-1", T0);
    expect(await calendarFeedOwner(store.db, "hash-1")).toBe("u-alex");
    await replaceCalendarFeed(store.db, "u-alex", "hash-2", T0);
    expect(await calendarFeedOwner(store.db, "hash-1")).toBeUndefined();
    expect(await calendarFeedOwner(store.db, "hash-2")).toBe("u-alex");
    expect(await deleteCalendarFeed(store.db, "u-bo")).toBe(false);
    expect(await deleteCalendarFeed(store.db, "u-alex")).toBe(true);
    expect(await calendarFeedOwner(store.db, "hash-2")).toBeUndefined();
  });
});

// Two people on one server, on each engine: neither can see, use, change or delete the other's rows.
describe.each(engines)("plan and circle of two people on %s", (engine) => {
  const people = useTwoPeople(engine);

  it("keeps activities, plans, people, routine and feeds to their owner", async () => {
    const { app: t, owner, member } = people;
    const activity = (
      await owner.post("/api/activities", { ...OWN, id: undefined, title: "Owner's secret walk" })
    ).json();
    const person = (
      await owner.post("/api/people", {
        name: "Owner's friend",
        relationship: "",
        contactPreference: "any",
        wantedEveryDays: 7,
      })
    ).json();
    const plan = (
      await owner.post("/api/plans", {
        activityId: activity.id,
        date: "2026-11-30",
        time: null,
        predictedEnjoyment: 5,
        personId: person.id,
      })
    ).json();
    expect(plan.status).toBe("planned");
    await owner.put("/api/routine", { anchors: [{ anchor: "wake", target: "07:00" }] });
    const feed = (await owner.post("/api/calendar/feed")).json();

    const seen = JSON.stringify([
      (await member.get("/api/activities?include=hidden")).json(),
      (await member.get("/api/plans")).json(),
      (await member.get("/api/people")).json(),
      (await member.get("/api/routine")).json(),
      (await member.get("/api/suggestions")).json(),
    ]);
    expect(seen).not.toContain("Owner's");
    expect(seen).not.toContain("07:00");

    const tries = [
      await member.request("PATCH", `/api/activities/${activity.id}`, { title: "Taken" }),
      await member.request("PATCH", `/api/activities/${activity.id}`, { hidden: true }),
      await member.request("PATCH", `/api/plans/${plan.id}`, { status: "let-go" }),
      await member.delete(`/api/plans/${plan.id}`),
      await member.request("PATCH", `/api/people/${person.id}`, { name: "Taken" }),
      await member.delete(`/api/people/${person.id}`),
      await member.post("/api/plans", {
        activityId: activity.id,
        date: "2026-11-30",
        time: null,
        predictedEnjoyment: 5,
      }),
      await member.post("/api/plans", {
        activityId: "open-a-window",
        date: "2026-11-30",
        time: null,
        predictedEnjoyment: 5,
        personId: person.id,
      }),
    ];
    for (const answer of tries) {
      expect(answer.statusCode).toBe(404);
      expect(answer.body).not.toContain("Owner's");
    }
    // The member's own feed token opens only the member's plan, and revoking theirs leaves the owner's.
    const memberFeed = (await member.post("/api/calendar/feed")).json();
    await member.post("/api/plans", {
      activityId: "open-a-window",
      date: "2026-11-30",
      time: null,
      predictedEnjoyment: 5,
    });
    const memberIcs = (await t.client().get(memberFeed.url)).body;
    expect(memberIcs).toContain("window");
    expect(memberIcs).not.toContain("secret");
    await member.delete("/api/calendar/feed");

    const ownerIcs = await t.client().get(feed.url);
    expect(ownerIcs.statusCode).toBe(200);
    expect(ownerIcs.body).toContain("Owner's secret walk");
    expect(ownerIcs.body).not.toContain("friend");
    const stillMine = (await owner.get("/api/plans")).json().plans;
    expect(stillMine).toHaveLength(1);
    expect(stillMine[0]).toMatchObject({
      status: "planned",
      personId: person.id,
      activity: { title: "Owner's secret walk", hidden: false },
    });
    expect((await owner.get("/api/people")).json().people[0].name).toBe("Owner's friend");
  });
});

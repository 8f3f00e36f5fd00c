import { describe, expect, it } from "vitest";
import { exportOf, seedEverything } from "../support/export-fixtures.js";
import { engines } from "../support/stores.js";
import { useServer } from "../support/test-app.js";

/*
 * A file made by one account, added to another account on the same server, has its records'
 * ids taken by the first account, so the import gives them ids of their own. Adding the same
 * file again (a retry after an upload that seemed to hang, a second tap) must find those
 * records already there, as it does for a file from this account: every thought record,
 * circle member, plan, check-up and card would otherwise be there twice, and once more for
 * every further try.
 */
describe.each(engines)("a file from another account added twice, on %s", (engine) => {
  const s = useServer(engine);

  it("adds each record once: the second add finds them all and adds nothing", async () => {
    const first = await s.app.member("again-from");
    await seedEverything(first, "again");
    const file = await exportOf(first);
    const other = await s.app.member("again-into");

    const once = await other.post("/api/import?mode=add", file);
    expect(once.statusCode, once.body).toBe(200);
    const afterOnce = await other.get("/api/me/counts");
    const twice = await other.post("/api/import?mode=add", file);
    expect(twice.statusCode, twice.body).toBe(200);
    const added = Object.entries(twice.json().imported).filter(([, n]) => n !== 0);
    expect(added).toEqual([]);
    expect((await other.get("/api/me/counts")).json()).toEqual(afterOnce.json());
    // The account the file came from is untouched by both.
    expect({ ...(await exportOf(first)), exportedAt: "" }).toEqual({ ...file, exportedAt: "" });
  });

  it("ties what a later file adds to the records the first add placed, never to the other account's", async () => {
    const first = await s.app.member("later-from");
    await seedEverything(first, "later");
    const other = await s.app.member("later-into");
    expect((await other.post("/api/import?mode=add", await exportOf(first))).statusCode).toBe(200);
    const placed = await exportOf(other);

    // A week on, a new step with the same person and activity, and a day with that person.
    const person = (await exportOf(first)).people[0];
    const activity = (await exportOf(first)).activities[0];
    if (!person || !activity) throw new Error("the seeded account has no person or activity");
    const plan = { activityId: activity.id, date: "2026-12-01", time: null, predictedEnjoyment: 6 };
    expect((await first.post("/api/plans", { ...plan, personId: person.id })).statusCode).toBe(201);
    const day = { mood: 4, connections: [{ personId: person.id, mode: "call" }] };
    expect((await first.put("/api/checkins/2026-12-02", day)).statusCode).toBe(200);

    const later = await other.post("/api/import?mode=add", await exportOf(first));
    expect(later.statusCode, later.body).toBe(200);
    expect(later.json().imported).toMatchObject({
      plans: 1,
      checkins: 1,
      people: 0,
      activities: 0,
    });
    const after = await exportOf(other);
    const ownPerson = placed.people.find((p) => p.name === person.name);
    const ownActivity = placed.activities.find((a) => a.title === activity.title);
    expect(ownPerson?.id).not.toBe(person.id);
    const newPlan = after.plans.find((p) => p.date === "2026-12-01");
    expect(newPlan).toMatchObject({ personId: ownPerson?.id, activityId: ownActivity?.id });
    const newDay = after.checkins.find((c) => c.date === "2026-12-02");
    expect(newDay?.connections).toEqual([{ personId: ownPerson?.id, mode: "call" }]);
  });

  it("still finds what the first add placed once the other account no longer holds those ids", async () => {
    const first = await s.app.member("gone-from");
    await seedEverything(first, "gone");
    const file = await exportOf(first);
    const other = await s.app.member("gone-into");
    expect((await other.post("/api/import?mode=add", file)).statusCode).toBe(200);
    const afterOnce = await other.get("/api/me/counts");
    // The first account leaves: its ids are free again, yet this account already has its records.
    const erased = await first.delete("/api/me", { password: "gone-from's own password" });
    expect(erased.statusCode, erased.body).toBe(204);

    const again = await other.post("/api/import?mode=add", file);
    expect(again.statusCode, again.body).toBe(200);
    expect(Object.entries(again.json().imported).filter(([, n]) => n !== 0)).toEqual([]);
    expect((await other.get("/api/me/counts")).json()).toEqual(afterOnce.json());
  });

  it.each(["this account", "another account"])(
    "brings back a record deleted since, from a file of %s, as itself and only once",
    async (whose) => {
      const word = whose === "this account" ? "own" : "theirs";
      const maker = await s.app.member(`back-from-${word}`);
      await seedEverything(maker, `back-${word}`);
      const file = await exportOf(maker);
      const into = whose === "this account" ? maker : await s.app.member(`back-into-${word}`);
      if (into !== maker)
        expect((await into.post("/api/import?mode=add", file)).statusCode).toBe(200);
      const before = await exportOf(into);
      const deleted = before.thoughts[0];
      if (!deleted) throw new Error("the seeded file holds no thought record");
      expect(
        (await into.delete(`/api/thoughts/${encodeURIComponent(deleted.id)}`)).statusCode,
      ).toBe(204);

      // The file is a copy of what was kept: adding it puts back what the account lacks,
      // the deleted record under its own id, never as a second copy beside anything kept.
      const back = await into.post("/api/import?mode=add", file);
      expect(back.statusCode, back.body).toBe(200);
      expect(Object.entries(back.json().imported).filter(([, n]) => n !== 0)).toEqual([
        ["thoughts", 1],
      ]);
      expect({ ...(await exportOf(into)), exportedAt: "" }).toEqual({ ...before, exportedAt: "" });
      const once = await into.post("/api/import?mode=add", file);
      expect(Object.entries(once.json().imported).filter(([, n]) => n !== 0)).toEqual([]);
    },
  );
});

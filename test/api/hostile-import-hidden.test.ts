import { describe, expect, it } from "vitest";
import { exportOf, seedEverything } from "../support/export-fixtures.js";
import { engines } from "../support/stores.js";
import { useServer } from "../support/test-app.js";

/*
 * A file's `hiddenActivities` hold the ids of activities the person hid: built-in ones, or their
 * own in the file. An id that names neither was kept as a hidden activity nobody could see, list
 * or show again, yet counted ("1 hidden activity") and named among what a replacing import erases.
 * It is refused by its path, as a plan naming no activity is, and nothing is written. An account
 * that kept such an id before leaves it out of its export and its counts, so its own file imports.
 */

describe.each(engines)("an imported hidden activity, on %s", (engine) => {
  const s = useServer(engine);

  it("is refused when it names no activity, built-in or in the file", async () => {
    const c = await s.app.member("hides-nothing");
    await seedEverything(c, "hides");
    const before = await exportOf(c);
    const file = { ...before, hiddenActivities: ["open-a-window", "no-such-activity"] };
    const answer = await c.post("/api/import?mode=replace", file);
    expect(answer.statusCode, answer.body).toBe(400);
    expect(answer.json().error).toMatchObject({
      code: "invalid-import",
      fields: { "hiddenActivities.1": "names no activity in this file" },
    });
    expect({ ...(await exportOf(c)), exportedAt: "" }).toEqual({ ...before, exportedAt: "" });
  });

  it("is kept when it names a built-in activity or one of the file's own", async () => {
    const c = await s.app.member("hides-own");
    await seedEverything(c, "own");
    const doc = await exportOf(c);
    const own = doc.activities[0]?.id ?? "";
    const answer = await c.post("/api/import?mode=replace", {
      ...doc,
      hiddenActivities: ["open-a-window", own],
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect((await exportOf(c)).hiddenActivities).toEqual(["open-a-window", own].sort());
  });

  it("kept from before, naming nothing, is left out of the export and the counts", async () => {
    const c = await s.app.member("hid-before");
    await seedEverything(c, "before");
    await s.app.store.db
      .insertInto("hidden_activities")
      .values({ user_id: "member-hid-before", activity_id: "gone-from-the-catalogue" })
      .execute();
    const doc = await exportOf(c);
    expect(doc.hiddenActivities).not.toContain("gone-from-the-catalogue");
    const counts = (await c.get("/api/me/counts")).json().counts;
    expect(counts.hiddenActivities).toBe(doc.hiddenActivities.length);
    const again = await c.post("/api/import?mode=replace", doc);
    expect(again.statusCode, again.body).toBe(200);
  });
});

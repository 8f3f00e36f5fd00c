import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportOf, seedEverything } from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import type { ExportDocument } from "../../core/export/export-document.schema.js";
import { NO_TITLE_YET } from "../../core/export/repair-v1.js";
import { SHOWS_NOTHING } from "../../core/text/visible.js";

// An own activity's title or first step of only a zero-width space or a lone accent was saved,
// and showed as a step with no words in the week, the ideas and the calendar. The routes now
// refuse them; a file written before then still imports, with words that show in their place.

const BLANKS = ["\u200b", "\u0301", "\u200b \u200d"];
const WALK = {
  title: "Walk to the corner",
  area: "body-routine",
  effort: "small",
  minutes: 10,
  social: false,
  firstStep: "Shoes on",
};

async function ownActivities(c: ApiClient): Promise<Record<string, unknown>[]> {
  const { activities } = (await c.get("/api/activities?include=hidden")).json();
  return activities.filter((a: { own: boolean }) => a.own);
}

describe.each(engines)("an own activity's words that show nothing, on %s", (engine) => {
  const s = useTwoPeople(engine);

  it("are refused when added or changed, naming the field, writing nothing", async () => {
    const c = await s.app.member("refused");
    for (const blank of BLANKS) {
      const title = await c.post("/api/activities", { ...WALK, title: blank });
      expect(title.statusCode, title.body).toBe(400);
      expect(title.json().error.fields).toEqual({ title: `title ${SHOWS_NOTHING}` });
      const step = await c.post("/api/activities", { ...WALK, firstStep: blank });
      expect(step.statusCode, step.body).toBe(400);
      expect(step.json().error.fields).toEqual({ firstStep: `firstStep ${SHOWS_NOTHING}` });
    }
    expect(await ownActivities(c)).toEqual([]);

    const saved = (await c.post("/api/activities", WALK)).json();
    for (const change of [{ title: "\u200b" }, { firstStep: "\u0301" }]) {
      const changed = await c.request("PATCH", `/api/activities/${saved.id}`, change);
      expect(changed.statusCode, changed.body).toBe(400);
    }
    expect((await ownActivities(c)).map((a) => [a.title, a.firstStep])).toEqual([
      [WALK.title, WALK.firstStep],
    ]);
  });

  it("in a version-1 file, import with a title that shows and the title as the first step, plans kept", async () => {
    const owner = await s.app.member("old-file-owner");
    await seedEverything(owner, "old");
    const doc = await exportOf(owner);
    const [own] = doc.activities;
    if (own === undefined) throw new Error("seedEverything wrote no activity");
    const file: ExportDocument = {
      ...doc,
      activities: [{ ...own, title: "\u200b", firstStep: "\u0301 " }],
    };

    const c = await s.app.member("old-file");
    const response = await c.post("/api/import?mode=replace", file);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().imported.plans).toBe(doc.plans.length);
    expect((await ownActivities(c)).map((a) => [a.title, a.firstStep])).toEqual([
      [NO_TITLE_YET, NO_TITLE_YET],
    ]);
  });

  it("kept in an account from before still read back on every screen, and export, which imports", async () => {
    const c = await s.app.member("kept-from-before");
    await seedEverything(c, "kept");
    const userId = "member-kept-from-before";
    // What the route saved until 2026-12-06, written as it wrote it.
    await s.app.store.db
      .updateTable("own_activities")
      .set({ title: "\u200b", first_step: "\u0301" })
      .where("user_id", "=", userId)
      .execute();

    expect((await ownActivities(c)).map((a) => [a.title, a.firstStep])).toEqual([
      ["\u200b", "\u0301"],
    ]);
    for (const path of [
      "/api/plans?from=2026-11-23&to=2026-11-29",
      "/api/suggestions?energy=5",
      "/api/plans/forecast",
      "/api/calendar.ics",
    ]) {
      const read = await c.get(path);
      expect(read.statusCode, `${path}: ${read.body}`).toBe(200);
    }
    const [own] = await ownActivities(c);
    // Another field can still be changed with the stored words left as they are.
    const edited = await c.request("PATCH", `/api/activities/${own?.id}`, { minutes: 12 });
    expect(edited.statusCode, edited.body).toBe(200);

    const file = await exportOf(c);
    expect(file.activities.map((a) => [a.title, a.firstStep])).toEqual([
      [NO_TITLE_YET, NO_TITLE_YET],
    ]);
    const again = await (await s.app.member("kept-again")).post("/api/import?mode=replace", file);
    expect(again.statusCode, again.body).toBe(200);
  });
});

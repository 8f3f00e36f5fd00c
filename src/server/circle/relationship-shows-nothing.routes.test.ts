import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportOf, seedEverything } from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import type { ExportDocument } from "../../core/export/export-document.schema.js";

// How you know someone is optional. Words of only a zero-width space or a lone accent were kept,
// and showed as a blank line under the name; now they are kept as none, as an empty one is.

const SAM = {
  name: "Sam",
  relationship: "old friend",
  contactPreference: "call",
  wantedEveryDays: 14,
};

async function relationshipsOf(c: ApiClient): Promise<unknown[]> {
  return (await c.get("/api/people"))
    .json()
    .people.map((p: { relationship: string }) => p.relationship);
}

describe.each(engines)("a circle relationship that shows nothing, on %s", (engine) => {
  const s = useTwoPeople(engine);

  it("is kept as none when added or changed, as an empty one is", async () => {
    const c = await s.app.member("kept-as-none");
    const added = await c.post("/api/people", { ...SAM, relationship: "\u200b" });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().relationship).toBe("");
    const sam = (await c.post("/api/people", SAM)).json();
    const changed = await c.request("PATCH", `/api/people/${sam.id}`, { relationship: "\u0301 " });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().relationship).toBe("");
    expect(await relationshipsOf(c)).toEqual(["", ""]);
  });

  it("in a file, is imported as none", async () => {
    const owner = await s.app.member("file-owner");
    await seedEverything(owner, "old");
    const doc = await exportOf(owner);
    const file: ExportDocument = {
      ...doc,
      people: doc.people.map((p) => ({ ...p, relationship: "\u200b \u200d" })),
    };
    const c = await s.app.member("file");
    const response = await c.post("/api/import?mode=replace", file);
    expect(response.statusCode, response.body).toBe(200);
    expect(await relationshipsOf(c)).toEqual(doc.people.map(() => ""));
  });
});

describe.each(engines)("a circle relationship kept before it was kept as none, on %s", (engine) => {
  const s = useTwoPeople(engine);

  it("reads as none everywhere it is read, until the person is next saved", async () => {
    const c = await s.app.member("kept-from-before");
    const kept = (await c.post("/api/people", SAM)).json();
    const alex = (await c.post("/api/people", { ...SAM, name: "Alex" })).json();
    // What the routes kept until 2026-12-06, written straight into the row.
    for (const [id, relationship] of [
      [kept.id, "\u200b"],
      [alex.id, "\u200b \u0301"],
    ]) {
      await s.app.store.db
        .updateTable("people")
        .set({ relationship })
        .where("user_id", "=", "member-kept-from-before")
        .where("id", "=", id)
        .execute();
    }

    expect(await relationshipsOf(c)).toEqual(["", ""]);
    const file = await exportOf(c);
    expect(file.people.map((p) => p.relationship)).toEqual(["", ""]);

    const renamed = await c.request("PATCH", `/api/people/${alex.id}`, { name: "Alex B" });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().relationship).toBe("");
    const rows = await s.app.store.db
      .selectFrom("people")
      .select(["id", "relationship"])
      .where("user_id", "=", "member-kept-from-before")
      .orderBy("id")
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row.relationship]));
    expect([byId.get(kept.id), byId.get(alex.id)]).toEqual(["\u200b", ""]);
  });
});

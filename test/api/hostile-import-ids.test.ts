import { describe, expect, it } from "vitest";
import type { ExportDocument } from "../../src/core/export/export-document.schema.js";
import { exportOf, seedEverything } from "../support/export-fixtures.js";
import { engines } from "../support/stores.js";
import { useServer } from "../support/test-app.js";

/*
 * Ids in an imported file are kept as they are (docs/API.md). An id of "." or ".." is a path's
 * dot segment: browsers fold it out of the address before sending (and the server reads "." as
 * no id at all), so a record kept under it could never be opened, changed or removed by its own
 * route. Such a file is refused by the path of the id, and nothing is written.
 */

type Kind = "thoughts" | "people" | "plans" | "shares" | "activities";

/** The file with the first record of `kind` renamed to `id`, every reference to it following. */
function renamed(doc: ExportDocument, kind: Kind, id: string): ExportDocument {
  const copy = structuredClone(doc);
  const first = copy[kind][0];
  if (!first) throw new Error(`the seeded file holds no ${kind}`);
  const old = first.id;
  first.id = id;
  if (kind === "people") {
    for (const checkin of copy.checkins)
      for (const c of checkin.connections ?? []) if (c.personId === old) c.personId = id;
    for (const plan of copy.plans) if (plan.personId === old) plan.personId = id;
  }
  if (kind === "activities")
    for (const plan of copy.plans) if (plan.activityId === old) plan.activityId = id;
  return copy;
}

describe.each(engines)("an imported record's id, on %s", (engine) => {
  const s = useServer(engine);

  for (const kind of ["thoughts", "people", "plans", "shares", "activities"] as const) {
    for (const id of [".", ".."]) {
      it(`refuses ${kind} with the id ${JSON.stringify(id)}, naming it, and writes nothing`, async () => {
        const c = await s.app.member(`dots-${kind}-${id.length}`);
        await seedEverything(c, "dots");
        const before = await exportOf(c);
        const answer = await c.post("/api/import?mode=replace", renamed(before, kind, id));
        expect(answer.statusCode, answer.body).toBe(400);
        expect(answer.json().error.code).toBe("invalid-import");
        expect(answer.json().error.fields[`${kind}.0.id`]).toMatch(/address/);
        const after = await exportOf(c);
        expect({ ...after, exportedAt: "" }).toEqual({ ...before, exportedAt: "" });
      });
    }
  }

  it("keeps an id that only looks like a path, which its route still opens", async () => {
    const c = await s.app.member("dots-kept");
    await seedEverything(c, "kept");
    const doc = renamed(await exportOf(c), "thoughts", "a/../b.");
    expect((await c.post("/api/import?mode=replace", doc)).statusCode).toBe(200);
    const opened = await c.get(`/api/thoughts/${encodeURIComponent("a/../b.")}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect((await c.delete(`/api/thoughts/${encodeURIComponent("a/../b.")}`)).statusCode).toBe(204);
  });
});

import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportOf } from "../../../test/support/export-fixtures.js";
import { readPdf } from "../../../test/support/pdf-text.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";

// Until 2026-12-06 an import kept a thought's suggested traps as the file held them: a confidence
// outside 0–1, spans outside the thought, a trap suggested twice. No route writes such a thing
// (every save asks the detector again), but an account that imported one keeps it; every read
// gives it as the detector could have made it, so the thought screens, the export and the report
// never fail on it, and the export imports again.

const THOUGHT = "She thinks I'm boring";

/** Suggestions an import took before it checked them, written straight into the stored row. */
const PLANTED = [
  {
    id: "mind-reading",
    confidence: 1.7,
    spans: [
      { start: 0, end: 10 },
      { start: -2, end: 3 },
      { start: 4, end: THOUGHT.length + 5 },
      { start: THOUGHT.length, end: THOUGHT.length + 1 },
    ],
  },
  { id: "labeling", confidence: -0.4, spans: [{ start: 15, end: 15 }] },
  { id: "mind-reading", confidence: 0.2, spans: [{ start: 0, end: 3 }] },
];

/** How every reader gives them: clamped, inside the thought, the first of a repeated trap. */
const AS_READ = [
  { id: "mind-reading", confidence: 1, spans: [{ start: 0, end: 10 }] },
  { id: "labeling", confidence: 0, spans: [] },
];

describe.each(engines)("suggested traps an import kept before it checked them, on %s", (engine) => {
  const s = useTwoPeople(engine);

  async function withPlanted(name: string): Promise<{ c: ApiClient; id: string }> {
    const c = await s.app.member(name);
    const saved = await c.post("/api/thoughts", { thought: THOUGHT, keptTraps: ["labeling"] });
    expect(saved.statusCode, saved.body).toBe(201);
    const { id } = saved.json();
    await s.app.store.db
      .updateTable("thought_records")
      .set({ suggested_traps: JSON.stringify(PLANTED) })
      .where("id", "=", id)
      .execute();
    return { c, id };
  }

  it("read as the detector could have made them, in the list and the record", async () => {
    const { c, id } = await withPlanted("reads");
    const list = await c.get("/api/thoughts");
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().thoughts.map((t: { suggestedTraps: unknown }) => t.suggestedTraps)).toEqual([
      AS_READ,
    ]);
    const one = await c.get(`/api/thoughts/${id}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json().suggestedTraps).toEqual(AS_READ);
  });

  it("go out in the export as they read, and the file imports again", async () => {
    const { c } = await withPlanted("exports");
    const file = await exportOf(c);
    expect(file.thoughts.map((t) => t.suggestedTraps)).toEqual([AS_READ]);

    const again = await s.app.member("exports-again");
    const imported = await again.post("/api/import?mode=replace", file);
    expect(imported.statusCode, imported.body).toBe(200);
    expect((await exportOf(again)).thoughts.map((t) => t.suggestedTraps)).toEqual([AS_READ]);
  });

  it("still let the clinician report come", async () => {
    const { c } = await withPlanted("report");
    // The period of the test clock's day, when the thought was written.
    const day = s.app.clock.now().toISOString().slice(0, 10);
    const report = await c.get(`/api/report.pdf?from=${day}&to=${day}&includeThoughts=1`);
    expect(report.statusCode, report.body.slice(0, 300)).toBe(200);
    expect((await readPdf(report.rawPayload)).pages.join("\n")).toContain(THOUGHT);
  });
});

import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportOf, seedEverything } from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import type { ExportDocument } from "../../core/export/export-document.schema.js";

// A thought record's `suggestedTraps` are what the detector found, never sent by a route: in a
// file they are checked field by field like every record, and anything else is refused by its
// path with nothing written, rather than kept or dropped unseen.

/** The file with the first thought's suggestions replaced. */
function withSuggestions(doc: ExportDocument, suggestedTraps: unknown[]): unknown {
  const [first, ...rest] = doc.thoughts;
  return { ...doc, thoughts: [{ ...first, suggestedTraps }, ...rest] };
}

async function thoughtsOf(c: ApiClient): Promise<unknown[]> {
  return (await c.get("/api/thoughts")).json().thoughts;
}

describe.each(engines)("a file's suggested thinking traps, on %s", (engine) => {
  const s = useTwoPeople(engine);

  async function refused(name: string, file: unknown) {
    const c = await s.app.member(name);
    const answer = await c.post("/api/import?mode=replace", file);
    expect(answer.statusCode, answer.body).toBe(400);
    expect(answer.json().error.code).toBe("invalid-import");
    expect(await thoughtsOf(c)).toEqual([]);
    return answer.json().error;
  }

  it("refuses an unknown trap id, naming it, and writes nothing", async () => {
    const owner = await s.app.member("unknown-trap-owner");
    await seedEverything(owner, "trap");
    const doc = await exportOf(owner);
    const error = await refused(
      "unknown-trap",
      withSuggestions(doc, [{ id: "fortune-cookie", confidence: 0.5, spans: [] }]),
    );
    expect(error.fields).toEqual({
      "thoughts.0.suggestedTraps.0.id": "must be one of the fourteen thinking trap ids",
    });
    expect(error.message).toContain("thoughts.0.suggestedTraps.0.id");
  });

  it("refuses a field a suggestion does not have, naming it, as in every other record", async () => {
    const owner = await s.app.member("extra-field-owner");
    await seedEverything(owner, "trap");
    const doc = await exportOf(owner);
    const [found] = doc.thoughts[0]?.suggestedTraps ?? [];
    expect(found, "seedEverything's thought has a suggestion").toBeDefined();
    const error = await refused(
      "extra-field",
      withSuggestions(doc, [{ ...found, sentences: [{ start: 0, end: 3 }] }]),
    );
    expect(error.fields).toEqual({
      "thoughts.0.suggestedTraps.0.sentences": "is not a field we know",
    });
  });

  it("imports the suggestions an export holds as they were", async () => {
    const owner = await s.app.member("round-trip-owner");
    await seedEverything(owner, "trap");
    const doc = await exportOf(owner);
    const c = await s.app.member("round-trip");
    const answer = await c.post("/api/import?mode=replace", doc);
    expect(answer.statusCode, answer.body).toBe(200);
    expect((await exportOf(c)).thoughts.map((t) => t.suggestedTraps)).toEqual(
      doc.thoughts.map((t) => t.suggestedTraps),
    );
  });
});

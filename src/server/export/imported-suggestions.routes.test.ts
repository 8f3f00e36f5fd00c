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

  // Until 2026-12-06 these were kept as the file held them; every read now repairs what was
  // kept (suggestions-from-before.routes.test.ts), and a file is held to what the detector makes.
  it("refuses a confidence outside 0 to 1, naming it, and writes nothing", async () => {
    const owner = await s.app.member("confidence-owner");
    await seedEverything(owner, "trap");
    const doc = await exportOf(owner);
    const [found] = doc.thoughts[0]?.suggestedTraps ?? [];
    if (found === undefined) throw new Error("seedEverything's thought has no suggestion");
    for (const confidence of [1.5, -0.1]) {
      const error = await refused(
        `confidence-${confidence}`,
        withSuggestions(doc, [{ ...found, confidence }]),
      );
      expect(error.fields).toEqual({
        "thoughts.0.suggestedTraps.0.confidence": "must be from 0 to 1",
      });
    }
  });

  it("refuses a span outside the thought, naming the end of it that is, and writes nothing", async () => {
    const owner = await s.app.member("span-owner");
    await seedEverything(owner, "trap");
    const doc = await exportOf(owner);
    const [found] = doc.thoughts[0]?.suggestedTraps ?? [];
    const length = doc.thoughts[0]?.thought.length ?? 0;
    if (found === undefined) throw new Error("seedEverything's thought has no suggestion");
    const cases: [string, { start: number; end: number }, string][] = [
      ["before", { start: -1, end: 3 }, "start"],
      ["past", { start: 2, end: length + 1 }, "end"],
      ["beyond", { start: length, end: length + 2 }, "start"],
      ["empty", { start: 3, end: 3 }, "end"],
    ];
    for (const [name, span, end] of cases) {
      const error = await refused(
        `span-${name}`,
        withSuggestions(doc, [{ ...found, spans: [span] }]),
      );
      expect(Object.keys(error.fields)).toEqual([`thoughts.0.suggestedTraps.0.spans.0.${end}`]);
      expect(error.message).toContain(`thoughts.0.suggestedTraps.0.spans.0.${end}`);
    }
  });

  it("refuses a trap suggested twice, naming the second, and writes nothing", async () => {
    const owner = await s.app.member("twice-owner");
    await seedEverything(owner, "trap");
    const doc = await exportOf(owner);
    const [found] = doc.thoughts[0]?.suggestedTraps ?? [];
    if (found === undefined) throw new Error("seedEverything's thought has no suggestion");
    const error = await refused(
      "twice",
      withSuggestions(doc, [found, { ...found, confidence: 0.1 }]),
    );
    expect(error.fields).toEqual({
      "thoughts.0.suggestedTraps.1.id": "is suggested already: each trap is suggested at most once",
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

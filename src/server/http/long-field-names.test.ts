import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * A refusal names the field it refuses, and a field's name is the sender's to choose. Named
 * whole, a key of a million right-to-left overrides (each spelled out as `<U+202E>`, eight
 * characters) came back as a refusal sixteen times the size of what was sent, twice over (in the
 * message and in `fields`): a 48 MB import held the server for over a minute building it, and
 * every other request waited. A name is shown as far as anyone reads one, then `…`.
 */

const LONG = "\u202e".repeat(50_000);
/** Far more than any refusal naming a few short fields needs; a long name repeated is far more. */
const SMALL_ANSWER = 4_000;

describe.each(engines)("a field with a very long name on %s", (engine) => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    c = await t.owner();
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (method: "PUT" | "POST" | "DELETE", url: string, payload: string) =>
    t.app.inject({
      method,
      url,
      headers: { "content-type": "application/json", cookie: c.sessionCookie ?? "" },
      payload,
    });

  /** The one field a refusal names, checked to be the long name's start, spelled out and cut. */
  const namedField = (fields: Record<string, string>, prefix = "") => {
    const names = Object.keys(fields);
    expect(names).toHaveLength(1);
    const name = names[0] ?? "";
    expect(name.startsWith(`${prefix}<U+202E><U+202E>`)).toBe(true);
    expect(name.endsWith("…")).toBe(true);
    return name;
  };

  it("names an unknown field by its start, and saves nothing", async () => {
    const answer = await send("PUT", "/api/checkins/2026-11-29", `{"mood":4,"${LONG}":1}`);
    expect(answer.statusCode).toBe(400);
    expect(answer.body.length).toBeLessThan(SMALL_ANSWER);
    const { error } = answer.json();
    expect(error.code).toBe("invalid-input");
    const name = namedField(error.fields);
    expect(error.fields[name]).toBe("is not a field we know");
    expect(error.message).toBe(`Please check ${name}.`);
    expect((await c.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json()).toEqual({
      checkins: [],
    });
  });

  it("names a long field given twice by its start", async () => {
    const answer = await send("POST", "/api/traps/detect", `{"text":"x","${LONG}":1,"${LONG}":2}`);
    expect(answer.statusCode).toBe(400);
    expect(answer.body.length).toBeLessThan(SMALL_ANSWER);
    const { error } = answer.json();
    expect(error.code).toBe("duplicate-key");
    expect(error.fields[namedField(error.fields)]).toBe("is given more than once");
  });

  it("names half an emoji under a long name by the name's start", async () => {
    const answer = await send("PUT", "/api/checkins/2026-11-29", `{"mood":4,"${LONG}":"\\ud800"}`);
    expect(answer.statusCode).toBe(400);
    expect(answer.body.length).toBeLessThan(SMALL_ANSWER);
    namedField(answer.json().error.fields);
  });

  it("names a long field on a change that takes no body by its start", async () => {
    const answer = await send("DELETE", "/api/checkins/2026-11-29", `{"${LONG}":1}`);
    expect(answer.statusCode).toBe(400);
    expect(answer.body.length).toBeLessThan(SMALL_ANSWER);
    namedField(answer.json().error.fields);
  });

  it("names a long unknown field in an import by its start, and imports nothing", async () => {
    const file = JSON.stringify(
      exportDocumentWith("2026-11-29T12:00:00.000Z", "river", {
        checkins: [
          { date: "2026-11-28", mood: 5, connections: [], updatedAt: "2026-11-28T20:00:00.000Z" },
        ],
      }),
    ).replace('"mood":5', `"mood":5,"${"\u202e".repeat(2_000_000)}":1`);
    const answer = await send("POST", "/api/import?mode=add", file);
    expect(answer.statusCode).toBe(400);
    expect(answer.body.length).toBeLessThan(SMALL_ANSWER);
    const { error } = answer.json();
    expect(error.code).toBe("invalid-import");
    namedField(error.fields, "checkins.0.");
    expect((await c.get("/api/me/counts")).json().counts.checkins).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/** 2^53 + 1: read as a number, it is 2^53 (…992), a number nobody sent. */
const PAST_EXACT = "9007199254740993";
const TOO_LARGE = "is a number too large to keep exactly (at most 9007199254740991 either way)";

describe.each(engines)("a whole number too large to keep exactly, on %s", (engine) => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    c = await t.owner();
  });
  afterAll(() => t.close());

  const send = (method: "PUT" | "POST", url: string, payload: string) =>
    t.app.inject({
      method,
      url,
      headers: { "content-type": "application/json", cookie: c.sessionCookie ?? "" },
      payload,
    });

  // 1e400 is past any number at all: read, it is Infinity, and was refused as any wrong version
  // or mood ("version must be 1"), unlike 1e16 and 1e308, though it is too large the same way.
  it.each([PAST_EXACT, "1e400"])(
    "is refused as an import's version (%s), quoted as sent, and nothing is imported",
    async (literal) => {
      const file = JSON.stringify(exportDocumentWith("2026-11-30T10:00:00.000Z", "sam")).replace(
        '"version":1',
        `"version":${literal}`,
      );
      expect(file).toContain(literal);
      const response = await send("POST", "/api/import", file);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: {
          code: "invalid-import",
          message: `The file holds the number ${literal}, too large to keep exactly: a whole number can be at most 9007199254740991 either way. Nothing was imported.`,
          fields: { version: TOO_LARGE },
        },
      });
      expect(response.body).not.toContain("9007199254740992");
      expect((await c.get("/api/me/counts")).json().counts.checkins).toBe(0);
    },
  );

  it.each([
    [`{"mood":${PAST_EXACT}}`, PAST_EXACT, "mood"],
    [
      `{"mood":4,"connections":[{"mode":"call","felt":-${PAST_EXACT}}]}`,
      `-${PAST_EXACT}`,
      "connections.0.felt",
    ],
    ['{"mood":9007199254740992}', "9007199254740992", "mood"],
    ['{"mood":9.007199254740993e15}', "9.007199254740993e15", "mood"],
    ['{"mood":1e400}', "1e400", "mood"],
    ['{"mood":4,"sleepHours":-1E+999}', "-1E+999", "sleepHours"],
    ['{"mood":4,"connections":[{"mode":"call","felt":123e456}]}', "123e456", "connections.0.felt"],
  ])(
    "is refused in a body (%s), naming the field, writing nothing",
    async (body, literal, path) => {
      const response = await send("PUT", "/api/checkins/2026-11-29", body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid-input");
      expect(response.json().error.message).toContain(` ${literal},`);
      expect(response.json().error.fields).toEqual({ [path]: TOO_LARGE });
      const saved = await c.get("/api/checkins?from=2026-11-29&to=2026-11-29");
      expect(saved.json().checkins).toEqual([]);
    },
  );

  it("lets the largest exact whole number reach the schema, which judges it", async () => {
    const response = await send("PUT", "/api/checkins/2026-11-29", '{"mood":9007199254740991}');
    expect(response.statusCode).toBe(400);
    expect(Object.values(response.json().error.fields)).not.toContain(TOO_LARGE);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

describe("POST /api/traps/detect", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterAll(async () => {
    await t.close();
  });

  it("names the traps with spans that point at the words, and no crisis in an ordinary thought", async () => {
    const text = "I always mess everything up";
    const response = await c.post("/api/traps/detect", { text });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.crisis).toBe(false);
    const ids = body.traps.map((trap: { id: string }) => trap.id);
    expect(ids).toContain("overgeneralizing");
    for (const trap of body.traps) {
      expect(trap.confidence).toBeGreaterThanOrEqual(0);
      expect(trap.confidence).toBeLessThanOrEqual(1);
      for (const span of trap.spans)
        expect(text.slice(span.start, span.end).length).toBeGreaterThan(0);
    }
  });

  it("flags crisis language alongside the burden trap", async () => {
    const body = (
      await c.post("/api/traps/detect", { text: "They'd all be better off without me" })
    ).json();
    expect(body.crisis).toBe(true);
    expect(body.traps.map((trap: { id: string }) => trap.id)).toContain("burden");
  });

  it('hears the same thought said without "without", and not better off with a bigger car', async () => {
    const body = (
      await c.post("/api/traps/detect", {
        text: "They'd be better off not having to deal with my moods.",
      })
    ).json();
    expect(body.crisis).toBe(true);
    expect(body.traps.map((trap: { id: string }) => trap.id)).toContain("burden");
    const calm = (
      await c.post("/api/traps/detect", { text: "They'd be better off with a bigger car." })
    ).json();
    expect(calm.crisis).toBe(false);
    expect(calm.traps.map((trap: { id: string }) => trap.id)).not.toContain("burden");
  });

  it.each([
    ["empty text", { text: "" }, "text", "empty"],
    ["only spaces", { text: "   \n " }, "text", "empty"],
    ["too long", { text: "a".repeat(5001) }, "text", "5000"],
    ["not text", { text: 42 }, "text", "text"],
    ["missing", {}, "text", "required"],
    ["unknown field", { text: "hi", lang: "en" }, "lang", "not a field"],
  ])("refuses %s with 400", async (_name, body, field, words) => {
    const response = await c.post("/api/traps/detect", body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[field]).toContain(words);
  });

  it("needs a session", async () => {
    expect(
      (await t.client().post("/api/traps/detect", { text: "I never get it right" })).statusCode,
    ).toBe(401);
  });
});

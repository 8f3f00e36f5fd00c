import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { bodyProblems, takesNoBody } from "./no-body.js";

describe("bodyProblems", () => {
  it("finds nothing in no body, or the empty object every change from the app carries", () => {
    expect(bodyProblems(undefined)).toBeUndefined();
    expect(bodyProblems({})).toBeUndefined();
  });
  it("names each field, and the body when it is no object", () => {
    expect(bodyProblems({ mood: 1, note: "x" })).toEqual({
      mood: "is not a field we know",
      note: "is not a field we know",
    });
    for (const body of [null, [], "x", 0, false]) {
      expect(bodyProblems(body)).toEqual({ body: "must be left out: this request takes no body" });
    }
  });
});

describe.each(engines)("a body sent to a change that takes none, on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  const deletes: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine, {
      onRoute: ({ method, url }) => {
        const methods = Array.isArray(method) ? method : [method];
        if (methods.includes("DELETE")) deletes.push(url);
      },
    });
    owner = await t.owner();
  });
  afterAll(() => t.close());

  it("takes none on every DELETE but erasing one's own account, which asks for the password", () => {
    expect(deletes.length).toBeGreaterThan(5);
    expect(deletes.filter((url) => !takesNoBody("DELETE", url))).toEqual(["/api/me"]);
  });

  it("refuses a check-in's removal that carries fields, naming them, and deletes nothing", async () => {
    expect((await owner.put("/api/checkins/2026-11-20", { mood: 4 })).statusCode).toBe(200);
    const refused = await owner.delete("/api/checkins/2026-11-20", { mood: 1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({
      error: {
        code: "invalid-input",
        message: "This request takes no body, so it does not know mood.",
        fields: { mood: "is not a field we know" },
      },
    });
    const kept = await owner.get("/api/checkins?from=2026-11-20&to=2026-11-20");
    expect(kept.json().checkins).toHaveLength(1);
  });

  it.each([null, [], "x", 5])("refuses %j as the body of a removal", async (body) => {
    const refused = await owner.delete("/api/checkins/2026-11-20", body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      body: "must be left out: this request takes no body",
    });
  });

  it("refuses a body on a removal by id and on making a calendar feed", async () => {
    const thought = await owner.post("/api/thoughts", { thought: "I always get it wrong." });
    const id: string = thought.json().id;
    const removal = await owner.delete(`/api/thoughts/${id}`, { id });
    expect(removal.statusCode).toBe(400);
    expect(removal.json().error.fields).toEqual({ id: "is not a field we know" });
    expect((await owner.get(`/api/thoughts/${id}`)).statusCode).toBe(200);
    const feed = await owner.post("/api/calendar/feed", { token: "mine" });
    expect(feed.statusCode).toBe(400);
    expect((await owner.get("/api/calendar/feed")).json()).toEqual({ active: false });
  });

  it("still removes with no body, an empty one or {}", async () => {
    expect((await owner.delete("/api/checkins/2026-11-20")).statusCode).toBe(204);
    expect((await owner.delete("/api/checkins/2026-11-20", {})).statusCode).toBe(204);
    const empty = await owner.request("DELETE", "/api/checkins/2026-11-20", undefined, {
      "content-length": "0",
    });
    expect(empty.statusCode).toBe(204);
  });

  it("still takes the password when a person erases their own account", async () => {
    const member = await t.member();
    const erased = await member.delete("/api/me", { password: "robin's own password" });
    expect(erased.statusCode).toBe(204);
  });
});

import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

const NAMELESS = {
  error: {
    code: "invalid-input",
    message: "A query parameter has no name: write each one as name=value.",
    fields: { query: "has a parameter with no name" },
  },
};

describe.each(engines)("a query parameter with no name, on %s", (engine) => {
  const server = useServer(engine);

  it.each([
    "/api/checkins?=x",
    "/api/checkins?=",
    "/api/checkins?=a&=b",
    "/api/checkins?from=2026-11-01&=x",
    "/api/me/counts?=x",
  ])("answers %s with a 400 that says a parameter has no name", async (url) => {
    const response = await server.owner.get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(NAMELESS);
  });

  it("is refused on a change too, and nothing is written", async () => {
    const put = await server.owner.put("/api/checkins/2026-11-20?=x", { mood: 4 });
    expect(put.json()).toEqual(NAMELESS);
    const imported = await server.owner.request("POST", "/api/import?=x", {});
    expect(imported.json()).toEqual(NAMELESS);
    const kept = await server.owner.get("/api/checkins?from=2026-11-20&to=2026-11-20");
    expect(kept.json().checkins).toEqual([]);
  });

  it("leaves empty parts between parameters alone, as they name nothing", async () => {
    expect((await server.owner.get("/api/me/counts?&&")).statusCode).toBe(200);
  });
});

// What a refusal says is read by a person, maybe shown on a screen: a control character in it
// (or a bidi override, which turns the words around it) is never repeated, only spelled out.
const UNSHOWN = /[\p{Cc}\p{Cf}]/u;

describe.each(engines)("a query parameter name holding a control character, on %s", (engine) => {
  const server = useServer(engine);

  it.each([
    ["/api/me/counts?%00=1", "<U+0000>"],
    ["/api/me/counts?a%1Bb=1", "a<U+001B>b"],
    ["/api/crisis-resources?%E2%80%AE=1", "<U+202E>"],
    ["/api/checkins?from=2026-11-01&%C2%85=x", "<U+0085>"],
  ])("answers %s with a 400 naming it as %s, never repeating the character", async (url, shown) => {
    const response = await server.owner.get(url);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("invalid-input");
    expect(error.fields).toEqual({ [shown]: "is not a field we know" });
    expect(error.message).toBe(`This address does not take the query parameter ${shown}.`);
    expect(UNSHOWN.test(JSON.stringify(error))).toBe(false);
    expect(UNSHOWN.test(response.body)).toBe(false);
  });
});

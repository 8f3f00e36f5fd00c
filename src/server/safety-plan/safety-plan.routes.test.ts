import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp, useServer } from "../../../test/support/test-app.js";

const PLAN = {
  warningSigns: ["I stop answering messages", "I stay in bed past noon"],
  copingAlone: ["A hot shower", "Walk round the block"],
  distractions: ["Call Jo", "The library café"],
  peopleToAsk: ["Mum: 07700 900123"],
  professionals: ["Dr Patel: 020 7946 0000", "Samaritans: call 116 123"],
  saferSurroundings: ["Give the spare pills to Jo"],
  reasonsForLiving: ["My cat, Miso", "Seeing my niece grow up"],
};

describe("safety plan", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeEach(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterEach(async () => {
    await t.close();
  });

  const read = async (language = "en-GB") =>
    (await c.request("GET", "/api/safety-plan", undefined, { "accept-language": language })).json();

  it("starts empty, with professionals pre-filled from the region's crisis lines", async () => {
    const britain = await read("en-GB,en;q=0.8");
    expect(britain).toMatchObject({
      warningSigns: [],
      copingAlone: [],
      distractions: [],
      peopleToAsk: [],
      saferSurroundings: [],
      reasonsForLiving: [],
      updatedAt: null,
    });
    expect(britain.professionals.join("\n")).toContain("Samaritans: call 116 123");
    expect(britain.professionals).toContain("In an emergency: call 999");

    const states = await read("en-US");
    expect(states.professionals.join("\n")).toContain("988");
    expect(states.professionals).toContain("In an emergency: call 911");

    const elsewhere = await read("ja-JP");
    expect(elsewhere.professionals.join("\n")).toContain("findahelpline.com");
    expect(elsewhere.professionals).toContain("In an emergency: call your local emergency number");
  });

  it("saves the whole plan and reads it back, then replaces it", async () => {
    const put = await c.put("/api/safety-plan", PLAN);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ ...PLAN, updatedAt: "2026-11-29T12:00:00.000Z" });
    expect(await read("en-US")).toEqual(put.json());

    t.clock.advance(60_000);
    const smaller = await c.put("/api/safety-plan", { reasonsForLiving: ["  My cat  "] });
    expect(smaller.json()).toEqual({
      warningSigns: [],
      copingAlone: [],
      distractions: [],
      peopleToAsk: [],
      professionals: [],
      saferSurroundings: [],
      reasonsForLiving: ["My cat"],
      updatedAt: "2026-11-29T12:01:00.000Z",
    });
    expect(await read()).toEqual(smaller.json());
  });

  it("keeps words that would set off the crisis card elsewhere: the plan is exempt", async () => {
    const words = { warningSigns: ["When I start thinking everyone is better off without me"] };
    const put = await c.put("/api/safety-plan", words);
    expect(put.statusCode).toBe(200);
    expect(put.json().warningSigns).toEqual(words.warningSigns);
  });

  it.each([
    ["an unknown step", { ...PLAN, hobbies: ["x"] }, "hobbies", "not a field"],
    ["a step that is not a list", { warningSigns: "tired" }, "warningSigns", "list"],
    ["an empty entry", { copingAlone: ["Walk", "   "] }, "copingAlone.1", "empty"],
    ["an entry that is not text", { peopleToAsk: [42] }, "peopleToAsk.0", "text"],
    [
      "an entry over 200 characters",
      { reasonsForLiving: ["x".repeat(201)] },
      "reasonsForLiving.0",
      "200",
    ],
    [
      "a step with over 20 entries",
      { distractions: new Array(21).fill("a walk") },
      "distractions",
      "20",
    ],
    ["a body that is not an object", ["a walk"], "body", "object"],
  ])("refuses %s with 400 naming the field, storing nothing", async (_name, body, field, words) => {
    const response = await c.put("/api/safety-plan", body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[field]).toContain(words);
    expect((await read()).updatedAt).toBeNull();
  });

  it("accepts 20 entries of 200 characters in every step (within the body limit)", async () => {
    const full = new Array(20).fill("é".repeat(200));
    const body = Object.fromEntries(Object.keys(PLAN).map((step) => [step, full]));
    expect((await c.put("/api/safety-plan", body)).statusCode).toBe(200);
  });

  it("answers nothing without a session", async () => {
    const anon = t.client();
    expect((await anon.get("/api/safety-plan")).statusCode).toBe(401);
    expect((await anon.put("/api/safety-plan", PLAN)).statusCode).toBe(401);
    expect((await read()).updatedAt).toBeNull();
  });
});

describe.each(engines)("a safety plan save that names no step, on %s", (engine) => {
  const server = useServer(engine, { freshEachTest: true });
  const steps = async () => {
    const { updatedAt: _u, ...rest } = (await server.owner.get("/api/safety-plan")).json();
    return rest;
  };

  it.each([
    [
      "{}",
      "{}",
      "must name at least one step; to empty the plan, send each step as an empty list",
      "The safety plan was not changed: the request named none of its steps.",
    ],
    [
      "no body at all",
      undefined,
      "must be a JSON object",
      "The safety plan must be a JSON object.",
    ],
  ])(
    "refuses %s with 400 naming the body, and the plan stays whole",
    async (_how, payload, words, message) => {
      expect((await server.owner.put("/api/safety-plan", PLAN)).statusCode).toBe(200);
      const response = await server.app.app.inject({
        method: "PUT",
        url: "/api/safety-plan",
        headers: {
          "content-type": "application/json",
          cookie: server.owner.sessionCookie ?? "",
        },
        ...(payload === undefined ? {} : { payload }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid-input");
      expect(response.json().error.fields.body).toBe(words);
      expect(response.json().error.message).toBe(message);
      expect(await steps()).toEqual(PLAN);
    },
  );

  it("names only the unknown field of a body that names no step but something else", async () => {
    const refused = await server.owner.put("/api/safety-plan", { wishes: ["x"] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({ wishes: "is not a field we know" });
  });

  it("still empties the plan when the steps are named as empty lists, and keeps one step alone", async () => {
    expect((await server.owner.put("/api/safety-plan", PLAN)).statusCode).toBe(200);
    const one = await server.owner.put("/api/safety-plan", { reasonsForLiving: ["My cat, Miso"] });
    expect(one.statusCode).toBe(200);
    expect(one.json().warningSigns).toEqual([]);
    const empty = Object.fromEntries(Object.keys(PLAN).map((step) => [step, []]));
    const emptied = await server.owner.put("/api/safety-plan", empty);
    expect(emptied.statusCode).toBe(200);
    expect(await steps()).toEqual(empty);
  });
});

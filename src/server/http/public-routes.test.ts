import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/** Words a request can carry that name what every JavaScript object already has. */
const HOSTILE_LANGUAGES = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty, valueOf;q=0.9",
  "constructor-GB",
  "de-constructor, __proto__-__proto__",
  "*;q=0.5, ;q=abc, ,,,",
  "x".repeat(4000),
  "en-\u202eBG",
];

describe("the routes that answer without a session", () => {
  let t: TestApp;
  let owner: ApiClient;
  let feedPath = "";
  beforeAll(async () => {
    t = await createTestApp("sqlite");
    owner = await t.owner();
    feedPath = (await owner.post("/api/calendar/feed")).json().url;
  });
  afterAll(async () => {
    await t.close();
  });

  // Every public GET, including the calendar feed that calendar apps check with HEAD.
  const publicGets = () => [
    "/healthz",
    "/crisis",
    "/crisis.css",
    "/support",
    "/support.css",
    "/share.css",
    "/api/setup",
    "/api/session",
    "/api/crisis-resources",
    feedPath,
    "/s/not-a-real-share-token-at-all-00000000000000",
  ];

  it("answer HEAD as they answer GET, without a body, and never 401", async () => {
    for (const url of publicGets()) {
      const get = await t.app.inject({ method: "GET", url });
      const head = await t.app.inject({ method: "HEAD", url });
      expect(head.statusCode, url).toBe(get.statusCode);
      expect(head.statusCode, url).not.toBe(401);
      expect(head.body, url).toBe("");
      expect(head.headers["content-type"], url).toBe(get.headers["content-type"]);
      expect(head.headers["content-security-policy"], url).toBeDefined();
    }
    expect((await t.app.inject({ method: "HEAD", url: feedPath })).statusCode).toBe(200);
  });

  // The signed-in calendar download takes no HEAD at all (head-builds-nothing.test.ts).
  it("still guard HEAD on private routes", async () => {
    for (const url of ["/api/me", "/api/checkins", "/api/calendar/feed", "/api/safety-plan"]) {
      expect((await t.app.inject({ method: "HEAD", url })).statusCode, url).toBe(401);
    }
  });

  it.each(HOSTILE_LANGUAGES)(
    "show crisis help whatever Accept-Language says (%s)",
    async (language) => {
      const headers = { "accept-language": language };
      for (const url of ["/crisis", "/support"]) {
        const page = await t.app.inject({ method: "GET", url, headers });
        expect(page.statusCode, url).toBe(200);
        expect(page.headers["content-type"], url).toContain("text/html");
      }
      const api = await t.app.inject({ method: "GET", url: "/api/crisis-resources", headers });
      expect(api.statusCode).toBe(200);
      expect(api.json().resources.length).toBeGreaterThan(0);
      const region = await t.app.inject({
        method: "GET",
        url: `/api/crisis-resources?region=${encodeURIComponent(language.slice(0, 16))}`,
      });
      expect(region.statusCode).toBe(200);
      // The pre-filled safety plan puts the region's crisis lines in before anything is saved.
      const plan = await owner.request("GET", "/api/safety-plan", undefined, headers);
      expect(plan.statusCode).toBe(200);
      expect(plan.json().professionals.length).toBeGreaterThan(0);
    },
  );

  it("finds no trap in a thought that names what every object has", async () => {
    for (const text of [
      "constructor",
      "__proto__ toString valueOf",
      "hasOwnProperty constructor",
    ]) {
      const response = await owner.post("/api/traps/detect", { text });
      expect(response.statusCode, text).toBe(200);
    }
  });
});

describe.each(engines)("a public address with a slash added at its end, on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  let feedPath = "";
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
    feedPath = (await owner.post("/api/calendar/feed")).json().url;
  });
  afterAll(() => t.close());

  it("answers 404 without a session, as with one, never a request to sign in", async () => {
    const signedOut = t.client();
    const addresses = [
      `${feedPath}/`,
      `${feedPath}//`,
      "/api/setup/",
      "/api/session/",
      "/api/crisis-resources/",
      "/api/invitations/not-a-real-invitation-token/",
    ];
    for (const url of addresses) {
      for (const method of ["GET", "HEAD"] as const) {
        const answer = await signedOut.request(method, url);
        expect(answer.statusCode, `${method} ${url}`).toBe(404);
        expect((await owner.request(method, url)).statusCode, `${method} ${url}`).toBe(404);
      }
    }
    expect((await signedOut.get(`${feedPath}/`)).json().error.code).toBe("not-found");
    // The feed itself, without the slash, still answers.
    expect((await signedOut.get(feedPath)).statusCode).toBe(200);
  });

  it("still asks for a session at a private address, with or without the slash", async () => {
    const signedOut = t.client();
    for (const url of ["/api/calendar/feed/", "/api/calendar.ics/", "/api/me/", "/api/me"]) {
      expect((await signedOut.get(url)).statusCode, url).toBe(401);
    }
  });
});

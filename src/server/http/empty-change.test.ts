import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { namesNothing } from "./no-body.js";

const person = (name: string) => ({
  name,
  relationship: "old friend",
  contactPreference: "call",
  wantedEveryDays: 14,
});

const NOTHING_TO_CHANGE = {
  error: {
    code: "invalid-input",
    message: "Nothing was changed: the request named nothing to change.",
    fields: { body: "must change at least one thing" },
  },
};

describe("namesNothing", () => {
  it("is true of no body and of {}, and of nothing else", () => {
    expect(namesNothing(undefined)).toBe(true);
    expect(namesNothing({})).toBe(true);
    for (const body of [null, [], "", 0, false, { name: "Jo" }]) {
      expect(namesNothing(body), JSON.stringify(body)).toBe(false);
    }
  });
});

describe.each(engines)("a PATCH that names nothing to change, on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  const patches: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine, {
      onRoute: ({ method, url }) => {
        if ([method].flat().includes("PATCH")) patches.push(url);
      },
    });
    owner = await t.owner();
  });
  afterAll(() => t.close());

  it("is refused with 400 naming body on every PATCH route, with no body or {}", async () => {
    expect(patches.length).toBeGreaterThanOrEqual(5);
    for (const route of patches) {
      const url = route.replace(/:[^/]+/g, "some-id");
      for (const payload of [undefined, "{}"]) {
        const response = await t.app.inject({
          method: "PATCH",
          url,
          headers: { "content-type": "application/json", cookie: owner.sessionCookie ?? "" },
          ...(payload === undefined ? {} : { payload }),
        });
        expect([url, payload, response.statusCode, response.json()]).toEqual([
          url,
          payload,
          400,
          NOTHING_TO_CHANGE,
        ]);
      }
    }
  });

  it("changes nothing of a person in the circle or an own activity", async () => {
    const jo = (await owner.post("/api/people", person("Jo"))).json();
    const activity = (
      await owner.post("/api/activities", {
        title: "Water the basil",
        area: "body-routine",
        effort: "tiny",
        minutes: 2,
        social: false,
        firstStep: "Fill the glass by the sink",
      })
    ).json();
    const before = [
      (await owner.get("/api/people")).body,
      (await owner.get("/api/activities")).body,
    ];
    // A minute on, so a write that happened would show in the times it stamps.
    t.clock.advance(60_000);
    expect((await owner.request("PATCH", `/api/people/${jo.id}`, {})).json()).toEqual(
      NOTHING_TO_CHANGE,
    );
    expect((await owner.request("PATCH", `/api/activities/${activity.id}`, {})).json()).toEqual(
      NOTHING_TO_CHANGE,
    );
    expect([
      (await owner.get("/api/people")).body,
      (await owner.get("/api/activities")).body,
    ]).toEqual(before);
  });

  it("still takes a PATCH that names a change", async () => {
    const ana = (await owner.post("/api/people", person("Ana"))).json();
    const renamed = await owner.request("PATCH", `/api/people/${ana.id}`, { name: "Anna" });
    expect([renamed.statusCode, renamed.json().name]).toEqual([200, "Anna"]);
  });
});

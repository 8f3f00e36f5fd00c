import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import {
  personalContent as content,
  exportOf as exportAny,
  seedEverything,
} from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import { NO_NAME_YET } from "../../core/export/repair-v1.js";

// An import once took values the routes that make the same records refuse (found by probing the
// running server): each then showed on a screen as an empty name, a tiny step of ten hours or a
// link that lives for centuries. The import now checks each field with the routes' own schema.

type Doc = Record<string, unknown> & {
  people: Record<string, unknown>[];
  activities: Record<string, unknown>[];
  thoughts: Record<string, unknown>[];
  shares: Record<string, unknown>[];
  plans: Record<string, unknown>[];
};
type Kind = "people" | "activities" | "thoughts" | "shares" | "plans";

const exportOf = (c: ApiClient) => exportAny<Doc>(c);

/** The file with one field of the first record of a kind changed. */
function withField(doc: Doc, kind: Kind, change: Record<string, unknown>): Doc {
  const [first, ...rest] = doc[kind];
  return { ...doc, [kind]: [{ ...first, ...change }, ...rest] };
}

const JO = { name: "Jo", relationship: "friend", contactPreference: "call", wantedEveryDays: 7 };
const WALK = {
  title: "Walk",
  area: "body-routine",
  effort: "small",
  minutes: 10,
  social: false,
  firstStep: "Shoes on",
};

/** Each value the probe got in, where it goes in a file, and how its route is sent the same. */
const cases: {
  what: string;
  kind: Kind;
  change: Record<string, unknown>;
  path: string;
  said: RegExp;
  route: { url: string; body: Record<string, unknown>; field: string };
}[] = [
  {
    what: "a name of only spaces",
    kind: "people",
    change: { name: "   " },
    path: "people.0.name",
    said: /name must not be empty/,
    route: { url: "/api/people", body: { ...JO, name: "   " }, field: "name" },
  },
  {
    what: "a tiny activity of 600 minutes",
    kind: "activities",
    change: { effort: "tiny", minutes: 600 },
    path: "activities.0.minutes",
    said: /a tiny step takes 5 minutes or less/,
    route: {
      url: "/api/activities",
      body: { ...WALK, effort: "tiny", minutes: 600 },
      field: "minutes",
    },
  },
  {
    what: "an activity of a whole day",
    kind: "activities",
    change: { minutes: 1440 },
    path: "activities.0.minutes",
    said: /minutes must be a whole number from 1 to 600/,
    route: { url: "/api/activities", body: { ...WALK, minutes: 1440 }, field: "minutes" },
  },
  {
    what: "an activity with an empty first step",
    kind: "activities",
    change: { firstStep: "  " },
    path: "activities.0.firstStep",
    said: /firstStep must not be empty/,
    route: { url: "/api/activities", body: { ...WALK, firstStep: "  " }, field: "firstStep" },
  },
  {
    what: "a thought of only spaces",
    kind: "thoughts",
    change: { thought: "   \n " },
    path: "thoughts.0.thought",
    said: /must not be empty/,
    route: { url: "/api/thoughts", body: { thought: "   \n " }, field: "thought" },
  },
  {
    what: "a share card that lives until 2999",
    kind: "shares",
    change: { expiresAt: "2999-01-01T00:00:00.000Z" },
    path: "shares.0.expiresAt",
    said: /expiresAt must be 1 to 365 days after createdAt/,
    route: {
      url: "/api/shares",
      body: { energy: "low", contact: "Texts", expiresInDays: 366 },
      field: "expiresInDays",
    },
  },
  {
    what: "a share card that ends an hour after it was made",
    kind: "shares",
    change: { createdAt: "2026-11-20T08:00:00.000Z", expiresAt: "2026-11-20T09:00:00.000Z" },
    path: "shares.0.expiresAt",
    said: /expiresAt must be 1 to 365 days after createdAt/,
    route: {
      url: "/api/shares",
      body: { energy: "low", contact: "Texts", expiresInDays: 0.5 },
      field: "expiresInDays",
    },
  },
  {
    what: "a share card whose contact is only spaces",
    kind: "shares",
    change: { contact: "   " },
    path: "shares.0.contact",
    said: /^must not be empty$/,
    route: { url: "/api/shares", body: { energy: "low", contact: "   " }, field: "contact" },
  },
  {
    what: "a share card still active with its contact forgotten",
    kind: "shares",
    change: { contact: "" },
    path: "shares.0.contact",
    said: /^must not be empty while the card is active/,
    route: { url: "/api/shares", body: { energy: "low", contact: "" }, field: "contact" },
  },
];

describe.each(engines)("an import checks each field as its route does, on %s", (engine) => {
  const s = useTwoPeople(engine);
  beforeAll(async () => {
    await seedEverything(s.owner, "owner's");
    await seedEverything(s.member, "member's");
  });

  it.each(cases)(
    "refuses $what as its route does, naming the field, and writes nothing",
    async ({ kind, change, path, said, route }) => {
      const byRoute = await s.member.post(route.url, route.body);
      expect(byRoute.statusCode, byRoute.body).toBe(400);
      expect(Object.keys(byRoute.json().error.fields)).toContain(route.field);

      const before = await exportOf(s.owner);
      const file = withField(await exportOf(s.member), kind, change);
      for (const mode of ["add", "replace"]) {
        const response = await s.owner.post(`/api/import?mode=${mode}`, file);
        expect(response.statusCode, response.body).toBe(400);
        const { error } = response.json();
        expect(error.code).toBe("invalid-import");
        expect(error.message).toBe(`Nothing was imported. Please check ${path}.`);
        expect(error.fields[path]).toMatch(said);
      }
      // Replace empties the account first: all of it is undone with the refusal.
      expect(content(await exportOf(s.owner))).toEqual(content(before));
    },
  );

  it("gives a name that shows nothing, which the circle took until 2026-12-05, a name that shows", async () => {
    for (const name of ["\u200b", "\u0301"]) {
      const byRoute = await s.member.post("/api/people", { ...JO, name });
      expect(byRoute.statusCode, byRoute.body).toBe(400);
      expect(byRoute.json().error.fields.name).toMatch(/name must not be empty/);

      const c = await s.app.member(`blank-${name.codePointAt(0)}`);
      const file = withField(await exportOf(s.member), "people", { name });
      const response = await c.post("/api/import?mode=replace", file);
      expect(response.statusCode, response.body).toBe(200);
      const people = (await c.get("/api/people")).json().people;
      expect(people.map((p: { name: string }) => p.name)).toEqual([NO_NAME_YET]);
    }
  });

  // A file's step still planned (or let go) with ratings got in, and then the plan list, insights,
  // suggestions and calendar each answered 500 for that person, as every read holds a stored step
  // to "ratings only when done".
  it.each(["planned", "let-go"])(
    "refuses a %s step with ratings, which no route keeps, naming each, and writes nothing",
    async (status) => {
      const before = await exportOf(s.owner);
      const rated = { status, actualEnjoyment: 8, achievement: 6 };
      const file = withField(await exportOf(s.member), "plans", rated);
      for (const mode of ["add", "replace"]) {
        const response = await s.owner.post(`/api/import?mode=${mode}`, file);
        expect(response.statusCode, response.body).toBe(400);
        const { error } = response.json();
        expect(error.code).toBe("invalid-import");
        expect(error.fields).toEqual({
          "plans.0.actualEnjoyment": "actualEnjoyment is only kept for a done activity",
          "plans.0.achievement": "achievement is only kept for a done activity",
        });
      }
      expect(content(await exportOf(s.owner))).toEqual(content(before));
      expect((await s.owner.get("/api/plans?from=2026-11-20&to=2026-11-30")).statusCode).toBe(200);
    },
  );

  it("takes a done step's ratings back, and its plans still read", async () => {
    const c = await s.app.member("rated-done");
    const file = withField(await exportOf(s.member), "plans", {
      status: "done",
      actualEnjoyment: 8,
      achievement: 6,
    });
    const response = await c.post("/api/import?mode=replace", file);
    expect(response.statusCode, response.body).toBe(200);
    const plans = await c.get("/api/plans?from=2026-11-20&to=2026-11-30");
    expect(plans.statusCode, plans.body).toBe(200);
    expect(plans.json().plans).toContainEqual(
      expect.objectContaining({ status: "done", actualEnjoyment: 8, achievement: 6 }),
    );
  });

  // A file's card that had ended still brought its words, and a revoked one kept them for good:
  // listed, exported again, never forgotten as revoking it here would have.
  it.each([
    { what: "revoked", change: { revokedAt: "2026-11-29T12:00:00.000Z" } },
    {
      what: "expired",
      change: {
        createdAt: "2026-10-01T08:00:00.000Z",
        updatedAt: "2026-10-01T08:00:00.000Z",
        expiresAt: "2026-10-31T08:00:00.000Z",
      },
    },
  ])(
    "keeps no words of a card that has ended ($what), as the server forgets them",
    async ({ what, change }) => {
      const c = await s.app.member(`ended-${what}`);
      const file = withField(await exportOf(s.member), "shares", change);
      expect(file.shares[0]).toMatchObject({ contact: "Texts welcome", message: "member's hello" });
      const response = await c.post("/api/import?mode=replace", file);
      expect(response.statusCode, response.body).toBe(200);

      const [card] = (await exportOf(c)).shares;
      expect(card).toMatchObject({ ...change, contact: "", message: null });
      const listed = (await c.get("/api/shares")).json().shares;
      expect(listed).toEqual([expect.objectContaining({ contact: "", active: false })]);
      expect(listed[0]).not.toHaveProperty("message");
    },
  );

  it("keeps a share card's message that shows nothing as no message, as the share route does", async () => {
    const c = await s.app.member("no-message");
    for (const message of ["", "\u200b"]) {
      const made = await c.post("/api/shares", { energy: "low", contact: "Texts", message });
      expect(made.statusCode, made.body).toBe(201);
      expect(made.json()).not.toHaveProperty("message");
    }
    const file = await exportOf(s.member);
    const [card] = file.shares;
    const cards = ["", "\u200b"].map((message, i) => ({ ...card, id: `card-${i}`, message }));
    const response = await c.post("/api/import?mode=replace", { ...file, shares: cards });
    expect(response.statusCode, response.body).toBe(200);
    const { shares } = (await c.get("/api/shares")).json();
    expect(shares).toHaveLength(2);
    for (const share of shares) expect(share).not.toHaveProperty("message");
    expect((await exportOf(c)).shares.map((one) => one.message)).toEqual([null, null]);
  });

  it("still takes back what the routes let in at their limits: a year's card, an ended one", async () => {
    const c = await s.app.member("limits");
    const year = await c.post("/api/shares", {
      energy: "okay",
      contact: "Any time",
      expiresInDays: 365,
    });
    expect(year.statusCode, year.body).toBe(201);
    const ended = await c.post("/api/shares", { energy: "low", contact: "Texts" });
    expect((await c.request("DELETE", `/api/shares/${ended.json().id}`)).statusCode).toBe(204);
    const tiny = await c.post("/api/activities", { ...WALK, effort: "tiny", minutes: 5 });
    expect(tiny.statusCode, tiny.body).toBe(201);
    const doc = await exportOf(c);
    expect(doc.shares.map((s) => s.contact)).toEqual(["Any time", ""]);

    const again = await c.post("/api/import?mode=replace", doc);
    expect(again.statusCode, again.body).toBe(200);
    expect(content(await exportOf(c))).toEqual(content(doc));
  });
});

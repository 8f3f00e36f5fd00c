import fc from "fast-check";
import { showsAnything } from "../../src/core/text/visible.js";
import { type ApiClient, OWNER } from "./api-client.js";
import {
  encodePart,
  hostileAcceptLanguage,
  hostileConditionHeaders,
  hostileJson,
  hostileNumber,
  hostileText,
  PROTOTYPE_KEYS,
  toObject,
} from "./fuzz-arbitraries.js";
import type { TestApp } from "./test-app.js";

export type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Route {
  method: Method;
  url: string;
  /** The query parameter names the route declares (from its query schema). */
  query: readonly string[];
}

/** One request the fuzzer sends: the route it aims at, and what it carries. */
export interface FuzzRequest {
  route: string;
  method: Method;
  url: string;
  body: unknown;
  headers: Record<string, string>;
  /**
   * A well-formed condition to send with it, written into `headers` at the moment of sending
   * (versionChecked), when what the record's version is then is known.
   */
  condition?: Condition;
}

/** The routes that read If-Match and If-None-Match (docs/API.md, "Versions and conditional saves"). */
export const CONDITIONAL_ROUTES = new Set([
  "PUT /api/checkins/:date",
  "DELETE /api/checkins/:date",
  "PUT /api/safety-plan",
  "PUT /api/thoughts/:id",
  "DELETE /api/thoughts/:id",
]);

/**
 * A condition a device would send: If-Match with the version the record has when the request
 * goes (`now`), with one it never had (`stale`), or `*`; If-None-Match `*`.
 */
export type Condition =
  | { header: "if-match"; version: "now" | "stale" | "*" }
  | { header: "if-none-match"; version: "*" };

const wellFormedCondition: fc.Arbitrary<Condition> = fc.oneof(
  { arbitrary: fc.constant({ header: "if-match", version: "now" } as const), weight: 3 },
  { arbitrary: fc.constant({ header: "if-match", version: "stale" } as const), weight: 1 },
  { arbitrary: fc.constant({ header: "if-match", version: "*" } as const), weight: 1 },
  { arbitrary: fc.constant({ header: "if-none-match", version: "*" } as const), weight: 1 },
);

/** Ids of things that exist, so a request can reach a real row as well as a made-up one. */
export interface Fixtures {
  thoughtId: string;
  personId: string;
  activityId: string;
  planId: string;
  shareId: string;
  feedFile: string;
}

export const ACTIVITY = {
  title: "Water the plants",
  area: "body-routine",
  effort: "small",
  minutes: 10,
  social: false,
  firstStep: "Fill the jug",
};
export const PERSON = {
  name: "Jo",
  relationship: "sister",
  contactPreference: "message",
  wantedEveryDays: 7,
};
export const THOUGHT = {
  situation: "Jo didn't answer",
  thought: "She thinks I'm boring",
  feelings: [{ name: "Sad", before: 80, after: 40 }],
  keptTraps: ["mind-reading"],
  evidenceFor: "She was quiet",
  evidenceAgainst: "She asked me out last week",
  balancedThought: "She may be busy",
};

/**
 * A valid body for every route that takes one, as a starting point: the fuzzer changes a few of
 * its fields at a time, so most requests get past the first check and reach the database. A
 * wrong password for erasing the account, so a run never erases the person it runs as.
 */
export const SAMPLES = new Map<string, unknown>([
  ["POST /api/setup", { username: "kim", password: "a long enough password" }],
  // Someone who is not there: the owner's own name would be locked out by the fuzzer's guesses.
  ["POST /api/session", { username: "robin", password: "robin's password" }],
  ["DELETE /api/me", { password: "not the owner's password" }],
  [
    "PUT /api/me/password",
    { currentPassword: "not the owner's password", newPassword: "a brand new passphrase" },
  ],
  [
    "PUT /api/checkins/:date",
    {
      mood: 5,
      energy: 4,
      sleepHours: 6.5,
      connections: [{ mode: "call", name: "Jo", felt: 1 }],
      note: "A walk",
    },
  ],
  [
    "POST /api/assessments",
    { instrument: "phq9", answers: [0, 1, 2, 3, 0, 1, 2, 3, 0], difficulty: 1 },
  ],
  [
    "PUT /api/safety-plan",
    { warningSigns: ["Not sleeping"], reasonsForLiving: ["My cat"], peopleToAsk: ["Jo"] },
  ],
  ["POST /api/traps/detect", { text: "I always ruin everything" }],
  ["POST /api/thoughts", THOUGHT],
  ["PUT /api/thoughts/:id", THOUGHT],
  ["POST /api/shares", { energy: "low", contact: "Texts welcome", message: "Hi", showSteps: true }],
  ["PATCH /api/shares/:id", { contact: "A short call is okay", message: "" }],
  ["POST /api/activities", ACTIVITY],
  ["PATCH /api/activities/:id", { title: "Water the big plant", hidden: false }],
  [
    "POST /api/plans",
    { activityId: "open-a-window", date: "2026-11-29", time: "09:30", predictedEnjoyment: 5 },
  ],
  ["PATCH /api/plans/:id", { status: "done", actualEnjoyment: 6, achievement: 4 }],
  ["PUT /api/routine", { anchors: [{ anchor: "wake", target: "07:30" }] }],
  ["PUT /api/routine/ticks/:date", { anchor: "wake", time: "07:45" }],
  ["PUT /api/reminders", { checkinTime: "20:30", steps: { on: true, minutesBefore: 10 } }],
  ["POST /api/people", PERSON],
  ["PATCH /api/people/:id", { name: "Jo B", wantedEveryDays: 14 }],
]);

/** Values a declared parameter takes, so most drawn queries get past the name rule and beyond. */
const QUERY_VALUES = [
  "2026-11-20",
  "2026-11-29",
  "9999-12-31",
  "hidden",
  "phq9",
  "ucla3",
  "checkins",
  "thoughts",
  "GB",
  "0",
  "1",
  "5",
  "30",
  "walk",
];

function paramValue(name: string, routeUrl: string, fixtures: Fixtures): fc.Arbitrary<string> {
  const valid: string[] =
    name === "date"
      ? ["2026-11-20", "2026-11-29", "2026-02-29", "0000-01-01"]
      : name === "file"
        ? [fixtures.feedFile, `${"A".repeat(43)}.ics`]
        : name === "token"
          ? ["A".repeat(43)]
          : routeUrl.includes("thoughts")
            ? [fixtures.thoughtId]
            : routeUrl.includes("people")
              ? [fixtures.personId]
              : routeUrl.includes("activities")
                ? [fixtures.activityId, "open-a-window"]
                : routeUrl.includes("plans")
                  ? [fixtures.planId]
                  : [fixtures.shareId];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...valid).map(encodePart), weight: 3 },
    { arbitrary: hostileText.filter((text) => text !== "").map(encodePart), weight: 2 },
  );
}

/** A sample with a few fields swapped for hostile values, extra keys added, or one removed. */
function mutated(sample: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(sample);
  const change = fc.tuple(
    fc.constantFrom(...keys, ...PROTOTYPE_KEYS, "extra"),
    fc.oneof(
      hostileJson,
      hostileNumber,
      hostileText,
      hostileText.map((text) => ({ appendText: text })),
      fc.constant({ remove: true }),
    ),
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    const pairs = new Map<string, unknown>(Object.entries(sample));
    for (const [key, value] of changes) {
      const original = pairs.get(key);
      if (isMarker(value, "remove")) pairs.delete(key);
      else if (isMarker(value, "appendText")) {
        pairs.set(
          key,
          typeof original === "string" ? `${original}${value.appendText}` : value.appendText,
        );
      } else pairs.set(key, value);
    }
    return toObject([...pairs.entries()]);
  });
}

/** Where each text sits in a sample, as a path of keys and list positions. */
function textPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => textPaths(item, [...path, index]));
  if (isObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => textPaths(item, [...path, key]));
  }
  return [];
}

/**
 * A valid sample whose texts each may get a hostile piece put in, everything else left valid:
 * the request most likely to be accepted with half an emoji or a NUL inside, which is what a
 * database then keeps or changes.
 */
function textsSpiked(sample: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = textPaths(sample);
  const piece = fc.option(fc.tuple(hostileText, fc.boolean()), { freq: 2, nil: undefined });
  return fc.tuple(...paths.map(() => piece)).map((pieces) => {
    const copy: unknown = structuredClone(sample);
    pieces.forEach((chosen, index) => {
      const path = paths[index];
      if (!chosen || !path) return;
      const [text, before] = chosen;
      const key = path.at(-1);
      let parent: unknown = copy;
      for (const step of path.slice(0, -1)) parent = Reflect.get(Object(parent), step);
      if (key === undefined || typeof parent !== "object" || parent === null) return;
      const original = String(Reflect.get(parent, key));
      Reflect.set(parent, key, before ? `${text}${original}` : `${original}${text}`);
    });
    return copy;
  });
}

function isMarker<K extends string>(value: unknown, key: K): value is Record<K, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.hasOwn(value, key)
  );
}

function bodyFor(route: Route): fc.Arbitrary<unknown> {
  const sample = SAMPLES.get(`${route.method} ${route.url}`);
  if (isObject(sample)) {
    return fc.oneof(
      { arbitrary: fc.constant(sample), weight: 1 },
      { arbitrary: textsSpiked(sample), weight: 4 },
      { arbitrary: mutated(sample), weight: 4 },
      { arbitrary: hostileJson, weight: 1 },
    );
  }
  if (route.method === "GET" || route.method === "HEAD") return fc.constant(undefined);
  return fc.oneof(fc.constant(undefined), hostileJson);
}

/**
 * A query of the route's own declared names mostly, so the route's schema is reached, and now and
 * then a name it does not take (a prototype key, hostile text), which the name rule must refuse.
 */
function queryFor(route: Route): fc.Arbitrary<string> {
  if (route.method !== "GET" && route.method !== "HEAD") return fc.constant("");
  const unknownName = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileText);
  const name =
    route.query.length > 0
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...route.query), weight: 4 },
          { arbitrary: unknownName, weight: 1 },
        )
      : unknownName;
  const pair = fc.tuple(name, fc.oneof(fc.constantFrom(...QUERY_VALUES), hostileText));
  return fc
    .array(pair, { maxLength: Math.max(3, route.query.length + 1) })
    .map((pairs) =>
      pairs.length === 0
        ? ""
        : `?${pairs.map(([key, value]) => `${encodePart(key)}=${encodePart(value)}`).join("&")}`,
    );
}

/** A body the route takes (its sample, perhaps with hostile text inside its texts), or none. */
function acceptedBodyFor(route: Route): fc.Arbitrary<unknown> {
  const sample = SAMPLES.get(`${route.method} ${route.url}`);
  if (!isObject(sample)) return fc.constant(undefined);
  return fc.oneof(
    { arbitrary: fc.constant(sample), weight: 1 },
    { arbitrary: textsSpiked(sample), weight: 2 },
  );
}

/**
 * The body and conditional headers. Every route gets hostile ones, not only the ones that read
 * them today (check-ins, the safety plan, thought records): a route that starts reading them
 * later is fuzzed with them too. The routes that read them also get, half the time, a body they
 * take under a well-formed condition: drawn apart, a body the route takes met a well-formed
 * condition in about one run in forty, and none named the version the record had then, so a
 * version check that let a stale save through went unseen.
 */
function bodyAndConditions(route: Route): fc.Arbitrary<{
  body: unknown;
  conditions: Record<string, string>;
  condition: Condition | undefined;
}> {
  const hostile = fc.record({
    body: bodyFor(route),
    conditions: hostileConditionHeaders,
    condition: fc.constant(undefined),
  });
  if (!CONDITIONAL_ROUTES.has(`${route.method} ${route.url}`)) return hostile;
  const versioned = fc.record({
    body: acceptedBodyFor(route),
    conditions: fc.constant({}),
    condition: wellFormedCondition,
  });
  return fc.oneof(hostile, versioned);
}

/** Requests aimed at one route: its address filled in, a body and query, and hostile headers. */
export function requestFor(route: Route, fixtures: Fixtures): fc.Arbitrary<FuzzRequest> {
  const names = [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1] ?? "");
  const params = fc.tuple(...names.map((name) => paramValue(name, route.url, fixtures)));
  return fc
    .record({
      params: names.length > 0 ? params : fc.constant([] as string[]),
      query: queryFor(route),
      sent: bodyAndConditions(route),
      language: fc.option(hostileAcceptLanguage, { nil: undefined }),
    })
    .map(({ params: values, query, sent, language }): FuzzRequest => {
      let index = 0;
      const path = route.url.replace(/:\w+/g, () => values[index++] ?? "");
      const headers: Record<string, string> = { ...sent.conditions };
      if (language !== undefined) headers["accept-language"] = language;
      return {
        route: `${route.method} ${route.url}`,
        method: route.method,
        url: `${path}${query}`,
        body: sent.body,
        headers,
        ...(sent.condition === undefined ? {} : { condition: sent.condition }),
      };
    });
}

/**
 * A version no record here has: the test clock stands at 2026-11-29 and only moves on by a
 * millisecond a save (the hostile values' version is the very one a first save gets).
 */
const NEVER_GIVEN = "2001-01-01T00:00:00.000Z";

/** Where the version of the record a conditional request aims at can be read. */
function versionAt(request: FuzzRequest): string | undefined {
  const path = request.url.split("?")[0] ?? "";
  const last = path.split("/").pop() ?? "";
  if (request.route.endsWith(" /api/checkins/:date"))
    return `/api/checkins?from=${last}&to=${last}`;
  if (request.route.endsWith(" /api/thoughts/:id")) return `/api/thoughts/${last}`;
  if (request.route === "PUT /api/safety-plan") return "/api/safety-plan";
  return undefined;
}

/**
 * The request with its condition written in, and what the version check must then do with it:
 * let it through (it named the version the record has, `*` for a record there, If-None-Match
 * for one not there) or hold it back. Undefined when the request carries no such condition, or
 * the record's version could not be read (an address the route refuses anyway).
 */
export async function versionChecked(
  c: ApiClient,
  request: FuzzRequest,
): Promise<{ request: FuzzRequest; goesAhead: boolean } | undefined> {
  const { condition } = request;
  const where = versionAt(request);
  if (condition === undefined || where === undefined) return undefined;
  const read = await c.get(where);
  if (read.statusCode !== 200 && read.statusCode !== 404) return undefined;
  const answer: unknown = read.statusCode === 200 ? read.json() : undefined;
  const days: unknown = Reflect.get(Object(answer), "checkins");
  const record: unknown = !request.route.includes("/api/checkins/")
    ? answer
    : Array.isArray(days)
      ? days[0]
      : undefined;
  const version: unknown = Reflect.get(Object(record), "updatedAt");
  const now = typeof version === "string" ? version : null;
  let value: string;
  let goesAhead: boolean;
  if (condition.header === "if-none-match") {
    value = "*";
    goesAhead = now === null;
  } else if (condition.version === "*") {
    value = "*";
    goesAhead = now !== null;
  } else if (condition.version === "stale" || now === null) {
    // No record has the version a stale condition names; with no record, "now" is stale too.
    value = `"${NEVER_GIVEN}"`;
    goesAhead = false;
  } else {
    value = `"${now}"`;
    goesAhead = true;
  }
  const headers = { ...request.headers, [condition.header]: value };
  return { request: { ...request, headers }, goesAhead };
}

/** Where a 2xx write can be read back, and the part of that answer that is the written thing. */
export function readBack(
  request: FuzzRequest,
  written: Record<string, unknown>,
): { url: string; pick: (answer: Record<string, unknown>) => unknown } | undefined {
  const byId = (list: string) => (answer: Record<string, unknown>) =>
    (answer[list] as { id?: unknown }[] | undefined)?.find((item) => item.id === written.id);
  switch (request.route) {
    case "PUT /api/checkins/:date":
      return {
        url: `/api/checkins?from=${written.date}&to=${written.date}`,
        pick: (answer) => (answer.checkins as unknown[])[0],
      };
    case "POST /api/thoughts":
    case "PUT /api/thoughts/:id":
      return { url: `/api/thoughts/${written.id}`, pick: (answer) => answer };
    case "POST /api/activities":
    case "PATCH /api/activities/:id":
      return { url: "/api/activities?include=hidden", pick: byId("activities") };
    case "POST /api/people":
    case "PATCH /api/people/:id":
      return { url: "/api/people", pick: byId("people") };
    case "POST /api/plans":
    case "PATCH /api/plans/:id":
      return { url: `/api/plans?from=${written.date}&to=${written.date}`, pick: byId("plans") };
    case "POST /api/shares":
    case "PATCH /api/shares/:id":
      return { url: "/api/shares", pick: byId("shares") };
    case "POST /api/assessments":
      return { url: "/api/assessments", pick: byId("assessments") };
    case "PUT /api/safety-plan":
      return { url: "/api/safety-plan", pick: (answer) => answer };
    case "PUT /api/routine":
      return { url: "/api/routine", pick: (answer) => answer };
    case "PUT /api/reminders":
      return { url: "/api/reminders", pick: (answer) => answer };
    default:
      return undefined;
  }
}

/**
 * The texts a write sent that its answer should hold unchanged (or trimmed, where the field is
 * trimmed): a top-level string, or a list of strings, under the same name.
 */
export function changedTexts(sent: unknown, kept: unknown): string[] {
  if (!isObject(sent) || !isObject(kept)) return [];
  const problems: string[] = [];
  // Trimmed, or kept as "" when it shows nothing (a zero-width space, a direction mark), as a
  // circle relationship is: no words were lost.
  const same = (a: unknown, b: unknown) =>
    typeof a === "string" && (b === a || b === a.trim() || (b === "" && !showsAnything(a)));
  for (const [key, value] of Object.entries(sent)) {
    if (!Object.hasOwn(kept, key)) continue;
    const stored = kept[key];
    if (typeof value === "string" && typeof stored === "string" && !same(value, stored)) {
      problems.push(key);
    }
    if (
      Array.isArray(value) &&
      Array.isArray(stored) &&
      value.every((v) => typeof v === "string")
    ) {
      if (value.some((v, i) => !same(v, stored[i]))) problems.push(key);
    }
  }
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A request may sign the owner out (DELETE /api/session). Signs back in for the next one; if
 * wrong passwords sent while fuzzing (DELETE /api/me takes one) made sign-in wait, the test's
 * clock waits it out, as a person would.
 */
export async function signBackIn(app: TestApp, c: ApiClient): Promise<void> {
  if ((await c.get("/api/me")).statusCode === 200) return;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const signIn = await c.post("/api/session", OWNER);
    if (signIn.statusCode === 200) return;
    const wait = Number(signIn.headers["retry-after"] ?? 0);
    if (signIn.statusCode !== 429) throw new Error(`signing back in answered ${signIn.statusCode}`);
    app.clock.advance((wait + 1) * 1000);
  }
  throw new Error("could not sign back in after a fuzzed request");
}

/** One of each record a route can name, made by `c`, so every path parameter has a real id. */
export async function makeFixtures(c: ApiClient): Promise<Fixtures> {
  const thought = (await c.post("/api/thoughts", THOUGHT)).json();
  const person = (await c.post("/api/people", PERSON)).json();
  const activity = (await c.post("/api/activities", ACTIVITY)).json();
  const plan = (
    await c.post("/api/plans", {
      activityId: activity.id,
      date: "2026-11-29",
      time: null,
      predictedEnjoyment: 5,
    })
  ).json();
  const share = (await c.post("/api/shares", { energy: "some", contact: "Texts welcome" })).json();
  const feed = (await c.post("/api/calendar/feed")).json();
  return {
    thoughtId: thought.id,
    personId: person.id,
    activityId: activity.id,
    planId: plan.id,
    shareId: share.id,
    feedFile: String(feed.url).split("/").pop() ?? "",
  };
}

import { fc, it } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import {
  CONDITIONAL_ROUTES,
  changedTexts,
  type Fixtures,
  type FuzzRequest,
  type Method,
  makeFixtures,
  type Route,
  readBack,
  requestFor,
  signBackIn,
  versionChecked,
} from "../../../test/support/fuzz-requests.js";
import { required } from "../../../test/support/required.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/**
 * Property: whatever arrives (half an emoji, NUL, prototype names as keys, 1e-320, a hostile
 * Accept-Language, control characters in query names and values), no route answers 5xx, no
 * refusal repeats a control character from the request, and a write that answers 2xx reads back
 * exactly as it answered, its texts as sent. Every route in the app's own route table is fuzzed,
 * so a route added later is fuzzed without anyone writing a line. On failure fast-check prints the
 * seed and the smallest request it found; replay with FUZZ_SEED=<seed>. `npm run fuzz` runs it
 * longer.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
// A long run (`npm run fuzz`) must not be cut at the default 30 s: a cut property goes on
// sending in the background while the next route's starts. A report PDF takes the longest.
const TIMEOUT_MS = Math.max(30_000, RUNS * 250);
// Routes that check a password (or sign out, so the next run signs back in) spend an argon2 hash
// on every run, which alone takes over 250 ms on a busy machine: 500 runs of DELETE /api/session
// were cut at their 125 s on PostgreSQL with nothing wrong, and signing out everywhere
// (DELETE /api/sessions) at its 30 s beside a build.
const PASSWORD_ROUTE = /^\/api\/(sessions?|setup|me)(\/|$)/;
const timeoutFor = (url: string) => (PASSWORD_ROUTE.test(url) ? TIMEOUT_MS * 4 : TIMEOUT_MS);

/** Zod's own English, which must never reach a person in place of the app's wording. */
const ZOD_ENGLISH = /Invalid input|Too (big|small)|expected \w+, received|Unrecognized key/;

/**
 * A character a refusal must never repeat from the request (a control character, a bidi override
 * or zero-width mark, half a surrogate pair): it would change what the person reads.
 */
const UNSHOWABLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;

/** The words of a refusal: its message, the fields it names and what it says of each. */
function refusalWords(body: string): string[] {
  try {
    const parsed: unknown = JSON.parse(body);
    const error = Reflect.get(Object(parsed), "error");
    if (typeof error !== "object" || error === null) return [];
    const fields: unknown = Reflect.get(error, "fields");
    return [
      String(Reflect.get(error, "message")),
      ...(typeof fields === "object" && fields !== null
        ? Object.entries(fields).flatMap(([name, said]) => [name, String(said)])
        : []),
    ];
  } catch {
    return [];
  }
}

/**
 * What a request carrying If-Match or If-None-Match to a route that reads them must be answered: its
 * 2xx, a 409 with the record as it is (`current`), or a refusal that says what was wrong (an
 * error code and message; for `invalid-condition`, `fields` naming a header the request sent).
 * Empty when the answer keeps that.
 */
function conditionAnswerProblems(request: FuzzRequest, status: number, body: string): string[] {
  const sent = ["if-match", "if-none-match"].filter((name) => name in request.headers);
  // Other routes send them no further than the 5xx check every request meets.
  if (sent.length === 0 || status < 400 || !CONDITIONAL_ROUTES.has(request.route)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [`a ${status} that is not JSON: ${body.slice(0, 80)}`];
  }
  const error: unknown = Reflect.get(Object(parsed), "error");
  const code: unknown = Reflect.get(Object(error), "code");
  const message: unknown = Reflect.get(Object(error), "message");
  const problems: string[] = [];
  if (typeof code !== "string" || typeof message !== "string" || message === "") {
    problems.push(`a ${status} without an error code and message`);
  }
  if (status === 409 && !Reflect.has(Object(parsed), "current")) {
    problems.push("a 409 without the record as it is");
  }
  if (code === "invalid-condition") {
    const named = Object.keys(Object(Reflect.get(Object(error), "fields")));
    if (named.length === 0 || !named.every((name) => sent.includes(name))) {
      problems.push(
        `invalid-condition names ${named.join(", ") || "nothing"}, sent ${sent.join(", ")}`,
      );
    }
  }
  return problems;
}

const METHODS: readonly string[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
const isMethod = (method: string): method is Method => METHODS.includes(method);

async function routeTable(): Promise<Route[]> {
  const routes: Route[] = [];
  const t = await createTestApp("sqlite", {
    onRoute: ({ method, url, query }) => {
      for (const one of [method].flat())
        if (isMethod(one)) routes.push({ method: one, url, query });
    },
  });
  await t.close();
  return routes.sort((a, b) => `${a.url} ${a.method}`.localeCompare(`${b.url} ${b.method}`));
}

const ROUTES = await routeTable();

describe.each(engines)("every route under hostile input on %s", (engine) => {
  let app: TestApp | undefined;
  let owner: ApiClient | undefined;
  let fixtures: Fixtures | undefined;
  beforeAll(async () => {
    app = await createTestApp(engine);
    owner = await app.owner();
    fixtures = await makeFixtures(owner);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function send(c: ApiClient, request: FuzzRequest) {
    return c.request(request.method, request.url, request.body, request.headers);
  }

  it("walks a route table that has every part of the app in it", () => {
    const paths = new Set(ROUTES.map((route) => route.url));
    for (const url of [
      "/api/thoughts/:id",
      "/api/checkins/:date",
      "/crisis",
      "/s/:token",
      "/api/calendar/:file",
    ]) {
      expect(paths.has(url), url).toBe(true);
    }
    const routes = new Set(ROUTES.map((route) => `${route.method} ${route.url}`));
    for (const route of CONDITIONAL_ROUTES) expect(routes.has(route), route).toBe(true);
    expect(ROUTES.length).toBeGreaterThan(40);
  });

  for (const route of ROUTES) {
    // Built lazily, when a run draws it: by then beforeAll has made the rows requests aim at.
    const requests = fc.constant(route).chain((r) => requestFor(r, required(fixtures, "fixtures")));
    it.prop([requests], {
      numRuns: RUNS,
      ...(SEED === undefined ? {} : { seed: SEED }),
    })(
      `${route.method} ${route.url}`,
      async (drawn) => {
        const c = required(owner, "the owner's client");
        const checked = await versionChecked(c, drawn);
        const request = checked?.request ?? drawn;
        const response = await send(c, request);
        expect(
          response.statusCode,
          `${request.method} ${request.url} answered ${response.body}`,
        ).toBeLessThan(500);
        expect(
          conditionAnswerProblems(request, response.statusCode, response.body),
          `${request.method} ${request.url} with ${JSON.stringify(request.headers)}`,
        ).toEqual([]);
        if (checked !== undefined) {
          // The version check itself: a save or delete naming the version the record has goes
          // ahead (or is refused for something else, never as a conflict); one naming another
          // is held back.
          const said = `${request.method} ${request.url} with ${JSON.stringify(request.headers)} answered ${response.body}`;
          if (checked.goesAhead) expect(response.statusCode, said).not.toBe(409);
          else expect(response.statusCode, said).toBeGreaterThanOrEqual(400);
        }
        for (const words of refusalWords(response.body)) {
          expect(words, `${request.method} ${request.url}`).not.toMatch(ZOD_ENGLISH);
          expect(words, `${request.method} ${request.url} repeats a control character`).not.toMatch(
            UNSHOWABLE,
          );
        }
        if (
          response.statusCode >= 200 &&
          response.statusCode < 300 &&
          request.method !== "GET" &&
          request.method !== "HEAD"
        ) {
          const written = response.body === "" ? undefined : response.json();
          const where = written ? readBack(request, written) : undefined;
          if (where) {
            const read = await c.get(where.url);
            expect(read.statusCode, `reading back ${where.url}`).toBe(200);
            const { url: _url, ...writtenWithoutUrl } = written;
            expect(where.pick(read.json()), `read back from ${where.url}`).toEqual(
              writtenWithoutUrl,
            );
            expect(changedTexts(request.body, written), "texts changed on the way in").toEqual([]);
          }
        }
        await signBackIn(required(app, "the test app"), c);
      },
      timeoutFor(route.url),
    );
  }
});

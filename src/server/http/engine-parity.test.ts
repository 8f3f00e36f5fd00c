import { fc, it } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import {
  type Fixtures,
  type FuzzRequest,
  type Method,
  makeFixtures,
  PERSON,
  type Route,
  requestFor,
  signBackIn,
} from "../../../test/support/fuzz-requests.js";
import { required } from "../../../test/support/required.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/**
 * Property: the same sequence of requests, hostile ones included, gets the same answers from
 * SQLite and PostgreSQL: the same status and the same body, once the random tokens in share and
 * calendar links are set aside. Ids and times match as they are, since both apps count ids and
 * keep time the same way. FUZZ_RUNS and FUZZ_SEED work as in the route fuzzer.
 */
const RUNS = Math.max(3, Math.round(Number(process.env.FUZZ_RUNS ?? 12) / 2));
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
// Up to 30 requests a sequence, each on both engines: a long run must not be cut at 30 s.
const TIMEOUT_MS = Math.max(30_000, RUNS * 3_000);

const METHODS: readonly string[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
const isMethod = (method: string): method is Method => METHODS.includes(method);

interface Side {
  app: TestApp;
  owner: ApiClient;
  fixtures: Fixtures;
}

async function side(engine: "sqlite" | "postgres", routes: Route[]): Promise<Side> {
  const app = await createTestApp(engine, {
    onRoute: ({ method, url, query }) => {
      for (const one of [method].flat())
        if (isMethod(one)) routes.push({ method: one, url, query });
    },
  });
  const owner = await app.owner();
  const fixtures = await makeFixtures(owner);
  return { app, owner, fixtures };
}

const TOKEN = /[A-Za-z0-9_-]{43}/g;

/** Status and body, with the random link tokens (different on each side by design) set aside. */
function answerOf(response: {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}) {
  const text = response.body.replace(TOKEN, "<token>");
  const json = String(response.headers["content-type"] ?? "").includes("json");
  return { status: response.statusCode, body: json && text !== "" ? JSON.parse(text) : text };
}

describe("SQLite and PostgreSQL answer alike", () => {
  const routes: Route[] = [];
  let sqlite: Side | undefined;
  let postgres: Side | undefined;
  beforeAll(async () => {
    sqlite = await side("sqlite", routes);
    postgres = await side("postgres", []);
  });
  afterAll(async () => {
    await sqlite?.app.close();
    await postgres?.app.close();
  });

  async function send(s: Side, request: FuzzRequest, from: Fixtures) {
    const url = request.url.replace(from.feedFile, s.fixtures.feedFile);
    const response = await s.owner.request(request.method, url, request.body, request.headers);
    await signBackIn(s.app, s.owner);
    return answerOf(response);
  }

  const sequences = fc.constant(null).chain(() => {
    const from = required(sqlite, "the SQLite side").fixtures;
    const request = fc.constantFrom(...routes).chain((route) => requestFor(route, from));
    return fc.array(request, { minLength: 10, maxLength: 30 });
  });

  it.prop([sequences], { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) })(
    "for the same sequence of requests, hostile ones included",
    async (requests) => {
      const a = required(sqlite, "the SQLite side");
      const b = required(postgres, "the PostgreSQL side");
      for (const request of requests) {
        const onSqlite = await send(a, request, a.fixtures);
        const onPostgres = await send(b, request, a.fixtures);
        expect(onPostgres, `${request.method} ${request.url}`).toEqual(onSqlite);
      }
    },
    TIMEOUT_MS,
  );

  it("for lists whose order depends on how each engine compares text", async () => {
    const a = required(sqlite, "the SQLite side");
    const b = required(postgres, "the PostgreSQL side");
    const names = [
      "émile",
      "Zoe",
      "bo",
      "Ärne",
      "anna",
      "İris",
      "iris",
      "😀 Sam",
      "家族",
      "\u202eRTL",
    ];
    const requests: FuzzRequest[] = [
      ...names.map((name) => ({
        route: "POST /api/people",
        method: "POST" as const,
        url: "/api/people",
        body: { ...PERSON, name },
        headers: {},
      })),
      ...names.map((name) => ({
        route: "POST /api/thoughts",
        method: "POST" as const,
        url: "/api/thoughts",
        body: { thought: `I let ${name} down ÉMILE Straße` },
        headers: {},
      })),
      ...[
        "/api/people",
        "/api/thoughts",
        "/api/thoughts?q=%C3%A9mile",
        "/api/thoughts?q=STRASSE",
        "/api/thoughts?q=stra%C3%9Fe",
        "/api/thoughts?q=%C4%B0r",
        "/api/thoughts?q=%25",
        "/api/thoughts?q=_",
      ].map((url) => ({ route: "GET", method: "GET" as const, url, body: undefined, headers: {} })),
    ];
    for (const request of requests) {
      const onSqlite = await send(a, request, a.fixtures);
      const onPostgres = await send(b, request, a.fixtures);
      expect(onPostgres, `${request.method} ${request.url}`).toEqual(onSqlite);
    }
  });
});

import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import { rawRequest } from "../../../test/support/raw-request.js";
import { required } from "../../../test/support/required.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import type { BodyPace } from "./body-time-limit.js";
import { MAX_JSON_DEPTH } from "./json-shape.js";

interface Route {
  method: string;
  url: string;
  query: readonly string[];
}

/** Every route the app registers, from Fastify's own table, so a route added later is walked too. */
async function routeTable(): Promise<Route[]> {
  const routes: Route[] = [];
  const t = await createTestApp("sqlite", {
    onRoute: ({ method, url, query }) => {
      for (const one of [method].flat()) routes.push({ method: one, url, query });
    },
  });
  await t.close();
  return routes;
}

const ROUTES = await routeTable();
const GETS = ROUTES.filter((route) => route.method === "GET" && route.url.startsWith("/api/"));
/** An address of the route's shape; a made-up id still reaches the route's own rules. */
const addressOf = (url: string) => url.replace(/:[^/]+/g, "2026-11-29");

const DAY = "/api/checkins/2026-11-29";

describe.each(engines)("hostile requests on %s", (engine) => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    c = await t.owner();
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (method: "PUT" | "POST", url: string, payload: string | Buffer, headers = {}) =>
    t.app.inject({
      method,
      url,
      headers: { "content-type": "application/json", cookie: c.sessionCookie ?? "", ...headers },
      payload,
    });
  const savedDay = async () => (await c.get(`/api/checkins?from=2026-11-29&to=2026-11-29`)).json();

  describe("query parameters", () => {
    it("every /api GET refuses one it does not take, naming it", async () => {
      expect(GETS.length).toBeGreaterThan(25);
      for (const route of GETS) {
        const response = await c.get(`${addressOf(route.url)}?colour=blue`);
        expect(response.statusCode, `GET ${route.url}`).toBe(400);
        expect(response.json().error, `GET ${route.url}`).toMatchObject({
          code: "invalid-input",
          fields: { colour: "is not a field we know" },
        });
      }
    });

    it("names only the unknown one beside a known one, so a typo of `from` is not ignored", async () => {
      const response = await c.get("/api/checkins?form=2026-11-01&to=2026-11-29");
      expect(response.json().error.fields).toEqual({ form: "is not a field we know" });
      expect((await c.get("/api/checkins?from=2026-11-01&to=2026-11-29")).statusCode).toBe(200);
    });

    it("takes the names from each route's own query schema, and only on GETs", () => {
      const declared = new Map(GETS.map((route) => [route.url, route.query]));
      expect(declared.get("/api/plans")).toEqual(["from", "to"]);
      expect(declared.get("/api/report.pdf")).toEqual([
        "from",
        "to",
        "includeNotes",
        "includeThoughts",
      ]);
      expect(declared.get("/api/checkins/span")).toEqual([]);
      for (const route of ROUTES) {
        if (route.query.length > 0) expect(route.method, route.url).toMatch(/^(GET|HEAD)$/);
      }
    });

    it("every /api GET refuses a name it takes given twice, naming it, not its value", async () => {
      const declared = GETS.filter((route) => route.query.length > 0);
      expect(declared.length).toBeGreaterThan(8);
      for (const route of declared) {
        for (const name of route.query) {
          const response = await c.get(`${addressOf(route.url)}?${name}=1&${name}=2`);
          expect(response.statusCode, `GET ${route.url}?${name}`).toBe(400);
          expect(response.json().error, `GET ${route.url}?${name}`).toMatchObject({
            code: "invalid-input",
            fields: { [name]: "is given more than once" },
          });
        }
      }
    });

    it("says so of two good dates too, and of the same one twice", async () => {
      for (const query of ["from=2026-01-01&from=2026-02-01", "from=2026-01-01&from=2026-01-01"]) {
        const response = await c.get(`/api/checkins?${query}&to=2026-02-10`);
        expect(response.json().error).toEqual({
          code: "invalid-input",
          message: "Please give the query parameter from only once.",
          fields: { from: "is given more than once" },
        });
      }
    });

    it("refuses a repeat on a change too: an import with two modes writes nothing", async () => {
      expect((await c.put(DAY, { mood: 6 })).statusCode).toBe(200);
      const file = JSON.stringify(exportDocumentWith("2026-11-30T10:00:00.000Z", "sam"));
      const response = await send("POST", "/api/import?mode=add&mode=replace", file);
      expect([response.statusCode, response.json().error.fields]).toEqual([
        400,
        { mode: "is given more than once" },
      ]);
      expect((await savedDay()).checkins).toHaveLength(1);
      expect((await c.delete(DAY)).statusCode).toBe(204);
    });

    it("lets every name a route declares through to the route's own judgement", async () => {
      for (const route of GETS) {
        for (const name of route.query) {
          const response = await c.get(`${addressOf(route.url)}?${name}=x`);
          expect(
            response.statusCode === 400 ? response.json().error.fields?.[name] : undefined,
            `GET ${route.url}?${name}`,
          ).not.toBe("is not a field we know");
        }
      }
    });
  });

  describe("JSON bodies", () => {
    it.each([
      ["at the top", '{"mood":1,"mood":5}', "mood"],
      [
        "nested",
        '{"mood":4,"connections":[{"mode":"call","felt":1,"felt":-1}]}',
        "connections.0.felt",
      ],
      ["behind escapes", '{"mood":1,"m\\u006fod":5}', "mood"],
    ])(
      "refuse a key given twice %s with 400 duplicate-key, writing nothing",
      async (_w, body, path) => {
        const response = await send("PUT", DAY, body);
        expect(response.statusCode).toBe(400);
        expect(response.json().error.code).toBe("duplicate-key");
        expect(response.json().error.fields).toEqual({ [path]: "is given more than once" });
        expect((await savedDay()).checkins).toEqual([]);
      },
    );

    it(`refuse nesting past ${MAX_JSON_DEPTH} levels with 400 too-deep`, async () => {
      const deep = `{"mood":4,"note":${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)}}`;
      const response = await send("PUT", DAY, deep);
      expect([response.statusCode, response.json().error.code]).toEqual([400, "too-deep"]);
      expect((await savedDay()).checkins).toEqual([]);
    });

    it.each([
      ['{"mood":5,"__proto__":{"x":1}}'],
      ['{"mood":5,"constructor":{"prototype":{"x":1}}}'],
    ])("refuse %s with 400 naming the field, not as broken JSON", async (raw) => {
      const response = await send("PUT", DAY, raw);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid-json");
      expect(response.json().error.message).toContain("__proto__");
      expect(response.json().error.message).not.toContain("missing quote");
      expect((await savedDay()).checkins).toEqual([]);
    });

    it("refuse a number so small it would be read as 0, naming the field, writing nothing", async () => {
      for (const [body, path] of [
        ['{"mood":1e-400}', "mood"],
        ['{"mood":4,"connections":[{"mode":"call","felt":-1E-999}]}', "connections.0.felt"],
      ] as const) {
        const response = await send("PUT", DAY, body);
        expect([response.statusCode, response.json().error.code], body).toEqual([
          400,
          "invalid-input",
        ]);
        expect(response.json().error.fields).toEqual({
          [path]: "is a number too small to keep (it would be read as 0)",
        });
      }
      expect((await savedDay()).checkins).toEqual([]);
    });

    it("keep a zero however it is written, and a number like it inside a note", async () => {
      const response = await send("PUT", DAY, '{"mood":0e5,"energy":-0.0,"note":"1e-400"}');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ mood: 0, energy: 0, note: "1e-400" });
      expect((await c.delete(DAY)).statusCode).toBe(204);
    });

    it("refuse such a number in an import too, which then changes nothing", async () => {
      expect((await c.put(DAY, { mood: 6 })).statusCode).toBe(200);
      const file = JSON.stringify(
        exportDocumentWith("2026-11-30T10:00:00.000Z", "sam", {
          checkins: [
            {
              date: "2026-11-28",
              mood: 12345,
              connections: [],
              updatedAt: "2026-11-30T10:00:00.000Z",
            },
          ],
        }),
      ).replace("12345", "1e-400");
      const response = await send("POST", "/api/import?mode=replace", file);
      expect([response.statusCode, response.json().error.code]).toEqual([400, "invalid-import"]);
      expect(response.json().error.fields).toEqual({
        "checkins.0.mood": "is a number too small to keep (it would be read as 0)",
      });
      expect((await savedDay()).checkins).toHaveLength(1);
      expect((await c.delete(DAY)).statusCode).toBe(204);
    });

    it("refuse a key given twice in an import, which then changes nothing", async () => {
      expect((await c.put(DAY, { mood: 6 })).statusCode).toBe(200);
      const file = JSON.stringify(exportDocumentWith("2026-11-30T10:00:00.000Z", "sam")).replace(
        '"version":1',
        '"version":1,"version":1',
      );
      const response = await send("POST", "/api/import?mode=replace", file);
      expect([response.statusCode, response.json().error.code]).toEqual([400, "duplicate-key"]);
      expect((await savedDay()).checkins).toHaveLength(1);
      expect((await c.delete(DAY)).statusCode).toBe(204);
    });
  });

  describe("body encodings", () => {
    it.each([
      ["compressed", { "content-encoding": "gzip" }, "unsupported-encoding"],
      [
        "in another charset",
        { "content-type": "application/json; charset=iso-8859-1" },
        "unsupported-charset",
      ],
      [
        "naming UTF-8 and then another charset",
        { "content-type": "application/json; charset=utf-8; charset=iso-8859-1" },
        "unsupported-charset",
      ],
    ])("refuse a body %s with 415, writing nothing", async (_how, headers, code) => {
      for (const url of [DAY, "/api/import?mode=add"]) {
        const body =
          url === DAY
            ? '{"mood":4}'
            : JSON.stringify(exportDocumentWith("2026-11-30T10:00:00.000Z", "sam"));
        const response = await send(url === DAY ? "PUT" : "POST", url, body, headers);
        expect([response.statusCode, response.json().error.code], url).toEqual([415, code]);
      }
      expect((await savedDay()).checkins).toEqual([]);
    });

    it("take a charset of UTF-8 however it is written", async () => {
      for (const charset of ["utf-8", "UTF-8", '"utf-8"', "utf8"]) {
        const headers = { "content-type": `application/json; charset=${charset}` };
        expect((await send("PUT", DAY, '{"mood":4}', headers)).statusCode, charset).toBe(200);
      }
      expect((await c.delete(DAY)).statusCode).toBe(204);
    });

    it("refuse bytes that are not UTF-8 with 415 in an import too", async () => {
      const bytes = Buffer.concat([
        Buffer.from('{"format":"caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}'),
      ]);
      const response = await send("POST", "/api/import?mode=replace", bytes);
      expect([response.statusCode, response.json().error.code]).toEqual([415, "not-utf8"]);
    });
  });

  describe("methods", () => {
    let base = "";
    beforeAll(async () => {
      base = await t.app.listen({ host: "127.0.0.1", port: 0 });
    });
    const ask = (method: string, path: string, headers: Record<string, string> = {}) =>
      rawRequest(base, method, path, { cookie: c.sessionCookie ?? "", ...headers });

    it("answer a method an address does not take with 405 and the ones it does", async () => {
      const byShape = new Map<string, Set<string>>();
      for (const route of ROUTES) {
        const shape = route.url.replace(/:[^/]+/g, ":x");
        byShape.set(shape, (byShape.get(shape) ?? new Set()).add(route.method));
      }
      for (const [shape, methods] of byShape) {
        const allowed = [...methods].sort().join(", ");
        for (const method of ["OPTIONS", "TRACE", "QUERY", "PATCH", "DELETE", "PUT", "POST"]) {
          if (methods.has(method)) continue;
          const response = await ask(method, addressOf(shape));
          expect(response.status, `${method} ${shape}`).toBe(405);
          expect(response.headers.allow, `${method} ${shape}`).toBe(allowed);
          expect(JSON.parse(response.body).error.code).toBe("method-not-allowed");
          expect(
            response.headers["content-security-policy"],
            "the headers every answer has",
          ).toContain("default-src 'self'");
        }
      }
    });

    it("take a DELETE whose empty body comes chunked as one with no body", async () => {
      // Some client libraries always send a body chunked, an empty one too.
      const json = { "content-type": "application/json" };
      for (const headers of [json, { ...json, "transfer-encoding": "chunked" }]) {
        expect((await c.put(DAY, { mood: 3 })).statusCode).toBe(200);
        const response = await ask("DELETE", DAY, headers);
        expect(response.status, JSON.stringify(headers)).toBe(204);
        expect((await savedDay()).checkins).toEqual([]);
      }
    });

    it("still refuse a change from another site, and a 405 from there changes nothing", async () => {
      const foreign = { origin: "http://evil.example", host: "localhost:3000" };
      const change = await c.request("PUT", DAY, { mood: 2 }, foreign);
      expect([change.statusCode, change.json().error.code]).toEqual([403, "cross-origin"]);
      const traced = await ask("TRACE", DAY, foreign);
      expect(traced.status).toBe(405);
      expect((await savedDay()).checkins).toEqual([]);
    });

    it("answer someone not signed in the same way, revealing nothing more", async () => {
      const response = await rawRequest(base, "OPTIONS", "/api/thoughts");
      expect([response.status, response.headers.allow]).toEqual([405, "GET, HEAD, POST"]);
      expect(response.body).not.toContain("thought");
    });

    it("come after the host check, which every answer meets first", async () => {
      const response = await ask("OPTIONS", "/api/me", { host: "evil.example" });
      expect(response.status).toBe(421);
    });

    it("leave an address that does not exist a 404", async () => {
      expect((await ask("OPTIONS", "/api/nothing-here")).status).toBe(404);
    });
  });
});

/**
 * Sends a check-in's body over a real socket, `piece` bytes every `everyMs`, padded with spaces
 * to `length` bytes in all, and gives back everything the server answered before it closed.
 */
function sendPaced(
  port: number,
  cookie: string,
  { length, piece, everyMs }: { length: number; piece: number; everyMs: number },
): Promise<string> {
  const body = `{"mood":4}${" ".repeat(length - 10)}`;
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    let sent = 0;
    socket.write(
      `PUT ${DAY} HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n` +
        `cookie: ${cookie}\r\ncontent-length: ${length}\r\nconnection: close\r\n\r\n`,
    );
    const pacer = setInterval(() => {
      if (sent >= length || socket.destroyed) return;
      socket.write(body.slice(sent, sent + piece));
      sent += piece;
    }, everyMs);
    socket.on("data", (chunk) => {
      received += String(chunk);
    });
    socket.on("close", () => {
      clearInterval(pacer);
      resolve(received);
    });
    socket.on("error", reject);
  });
}

describe("a body that trickles in", () => {
  async function paced(pace: BodyPace, sending: Parameters<typeof sendPaced>[2]) {
    const t = await createTestApp("sqlite", { bodyPace: pace });
    try {
      const c = await t.owner();
      const address = await t.app.listen({ host: "127.0.0.1", port: 0 });
      const answer = await sendPaced(
        Number(new URL(address).port),
        required(c.sessionCookie, "the owner's session"),
        sending,
      );
      const days = (await c.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins;
      return { answer, days };
    } finally {
      await t.close();
    }
  }

  it("is cut off with 408 on a real socket when a window brings too little, and nothing is written", async () => {
    // A byte every 100 ms: 3 bytes a window, where 64 are due.
    const { answer, days } = await paced(
      { windowMs: 300, minBytes: 64, totalMs: 60_000 },
      { length: 1000, piece: 1, everyMs: 100 },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('"code":"body-too-slow"');
    expect(days).toEqual([]);
  });

  it("is cut off at the overall limit however steadily it comes", async () => {
    // Always on pace (20 bytes a window, 4 due), but the whole would take 5 s of a 1 s limit.
    const { answer, days } = await paced(
      { windowMs: 300, minBytes: 4, totalMs: 1000 },
      { length: 1000, piece: 2, everyMs: 30 },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"code":"body-too-slow"');
    expect(days).toEqual([]);
  });

  it("a body refused unread for its length leaves the server running after the window", async () => {
    // Headers alone, announcing a terabyte: answered 413 at once, and the body never comes. Its
    // pace timer once fired a window later with no one reading, and the process died of it.
    const t = await createTestApp("sqlite", {
      bodyPace: { windowMs: 200, minBytes: 64, totalMs: 600 },
    });
    try {
      const address = await t.app.listen({ host: "127.0.0.1", port: 0 });
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(address).port), "127.0.0.1");
        let received = "";
        socket.write(
          "POST /api/session HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n" +
            "content-length: 1000000000000\r\n\r\n",
        );
        socket.on("data", (chunk) => {
          received += String(chunk);
        });
        socket.on("error", reject);
        // Held open past both the window and the overall limit, as the attacker's socket would be.
        setTimeout(() => {
          socket.destroy();
          resolve(received);
        }, 1000);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer).toContain('"code":"body-too-large"');
      const health = await fetch(new URL("/healthz", address));
      expect(health.status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("a slow but steady body is saved, though it takes many windows", async () => {
    // About 1.2 s in all, four windows, each bringing ten times what is due.
    const { answer, days } = await paced(
      { windowMs: 300, minBytes: 16, totalMs: 60_000 },
      { length: 640, piece: 16, everyMs: 30 },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 20[01] /);
    expect(days).toHaveLength(1);
  });
});

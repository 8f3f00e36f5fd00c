import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { hashPassword } from "../accounts/password-hash.js";
import { insertUser } from "../accounts/user.repository.js";
import { hashToken } from "../sessions/session-token.js";

const T0 = "2026-11-29T12:00:00.000Z";
const DAY = 86_400_000;

const CARD = {
  energy: "low",
  contact: "Texts welcome, calls are hard",
  message: "Thanks for sticking around. I'm slow to reply, not gone.",
  showSteps: true,
} as const;

interface Created {
  id: string;
  url: string;
  expiresAt: string;
}

async function create(c: ApiClient, body: unknown = CARD): Promise<Created> {
  const response = await c.post("/api/shares", body);
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
  return response.json();
}

function tokenOf(url: string): string {
  return url.replace(/^\/s\//, "");
}

/** Opens a share page as a supporter would: no cookie, nothing but the address. */
function open(t: TestApp, url: string) {
  return t.app.inject({ method: "GET", url });
}

async function countRows(t: TestApp): Promise<number> {
  return (await t.store.db.selectFrom("shares").select("id").execute()).length;
}

/** A second person on the same server, signed in. */
async function signedInMember(t: TestApp): Promise<ApiClient> {
  await insertUser(t.store.db, {
    id: "member-1",
    username: "robin",
    password_hash: await hashPassword("robin's own password"),
    role: "member",
    created_at: "2026-11-01T00:00:00.000Z",
  });
  const member = t.client();
  const signIn = await member.post("/api/session", {
    username: "robin",
    password: "robin's own password",
  });
  if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
  return member;
}

describe("share cards", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeEach(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterEach(async () => {
    await t.close();
  });

  it("creates a card whose link is told once, expiring in 30 days unless asked otherwise", async () => {
    const response = await c.post("/api/shares", CARD);
    expect(response.statusCode).toBe(201);
    expect(response.headers["cache-control"]).toBe("no-store");
    const created = response.json();
    expect(created).toEqual({
      id: expect.any(String),
      url: expect.stringMatching(/^\/s\/[A-Za-z0-9_-]{43}$/),
      energy: "low",
      contact: CARD.contact,
      message: CARD.message,
      showSteps: true,
      createdAt: T0,
      updatedAt: T0,
      expiresAt: "2026-12-29T12:00:00.000Z",
      active: true,
    });
    const week = await create(c, {
      energy: "okay",
      contact: "A short call is okay",
      expiresInDays: 7,
    });
    expect(week.expiresAt).toBe("2026-12-06T12:00:00.000Z");

    // The list never carries the token, and the database keeps only its hash.
    const list = await c.get("/api/shares");
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(tokenOf(created.url));
    expect(list.json().shares.map((s: { id: string }) => s.id)).toEqual([week.id, created.id]);
    expect(list.json().shares[1]).toEqual({ ...created, url: undefined });
    const rows = await t.store.db.selectFrom("shares").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(tokenOf(created.url));
    expect(rows.map((row) => row.token_hash)).toContain(hashToken(tokenOf(created.url)));
  });

  it("makes tokens nobody can guess: 256 random bits, never the same twice", async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      tokens.add(tokenOf((await create(c)).url));
    }
    expect(tokens.size).toBe(40);
    const all = [...tokens].join("");
    for (const token of tokens) {
      // 43 base64url characters carry 258 bits, of which the first 256 are random bytes.
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
    // Every base64url character turns up across 40 tokens (1,720 characters): no narrow alphabet.
    expect(new Set(all).size).toBeGreaterThan(60);
  });

  it("refuses a card that is not as described, naming each field, and stores nothing", async () => {
    for (const [body, field] of [
      [{ ...CARD, energy: "high" }, "energy"],
      [{ ...CARD, contact: "   " }, "contact"],
      [{ energy: "low" }, "contact"],
      [{ ...CARD, message: "x".repeat(501) }, "message"],
      [{ ...CARD, expiresInDays: 0 }, "expiresInDays"],
      [{ ...CARD, expiresInDays: 366 }, "expiresInDays"],
      [{ ...CARD, expiresInDays: 1.5 }, "expiresInDays"],
      [{ ...CARD, showSteps: "yes" }, "showSteps"],
      [{ ...CARD, mood: 3 }, "mood"],
    ] as const) {
      const response = await c.post("/api/shares", body);
      expect(response.statusCode, field).toBe(400);
      expect(Object.keys(response.json().error.fields), field).toContain(field);
    }
    expect(await countRows(t)).toBe(0);
  });

  it("shows a supporter only what was chosen, with no script, no cookie and no way in", async () => {
    const met = { mode: "message" } as const;
    await c.put("/api/checkins/2026-11-27", { mood: 3, connections: [met, met], note: "secret" });
    await c.put("/api/checkins/2026-11-29", { mood: 4, burden: 9, connections: [met] });
    await c.put("/api/checkins/2026-11-22", { mood: 4, connections: [met] });
    const created = await create(c);

    const response = await open(t, created.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    const html = response.body;
    expect(html).toContain("Low energy this week");
    expect(html).toContain(CARD.contact);
    expect(html).toContain("Thanks for sticking around. I&#39;m slow to reply, not gone.");
    // Two days with a connection in the last 7; 22 November is eight days back.
    expect(html).toContain("they reached out to someone on 2 days");
    expect(html).not.toContain("secret");
    expect(html).not.toContain("sam");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<form");
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(
      new Set([
        "data:,",
        "/crisis.css",
        "/support.css",
        "/share.css",
        "#main",
        "/crisis",
        "/support",
        // A worried supporter's help: the guide's lines, which say they can call about someone else.
        "/support#help-lines",
      ]),
    );
    expect((await open(t, "/share.css")).headers["content-type"]).toContain("text/css");

    // Without showSteps and a message, neither appears.
    const bare = await create(c, { energy: "okay", contact: "No need to reply quickly" });
    const plain = (await open(t, bare.url)).body;
    expect(plain).toContain("Okay energy this week");
    expect(plain).not.toContain("Small steps");
    expect(plain).not.toContain("A note from them");
  });

  it("changes the page as the member changes the card", async () => {
    const created = await create(c);
    t.clock.advance(60_000);
    const patch = await c.request("PATCH", `/api/shares/${created.id}`, {
      energy: "some",
      message: "",
      showSteps: false,
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({
      energy: "some",
      showSteps: false,
      updatedAt: "2026-11-29T12:01:00.000Z",
      createdAt: T0,
      expiresAt: created.expiresAt,
    });
    expect(patch.json()).not.toHaveProperty("message");
    expect(patch.body).not.toContain(tokenOf(created.url));
    const html = (await open(t, created.url)).body;
    expect(html).toContain("Some energy this week");
    expect(html).not.toContain("sticking around");
    expect(html).not.toContain("Small steps");

    for (const [body, field] of [
      [{}, "body"],
      [{ energy: "great" }, "energy"],
      [{ expiresInDays: 90 }, "expiresInDays"],
    ] as const) {
      const refused = await c.request("PATCH", `/api/shares/${created.id}`, body);
      expect(refused.statusCode, field).toBe(400);
      expect(Object.keys(refused.json().error.fields), field).toContain(field);
    }
  });

  it("revokes: the link answers 410 with a plain page from then on, never the old content", async () => {
    const created = await create(c);
    const revoke = await c.delete(`/api/shares/${created.id}`);
    expect(revoke.statusCode).toBe(204);
    const gone = await open(t, created.url);
    expect(gone.statusCode).toBe(410);
    expect(gone.headers["content-type"]).toContain("text/html");
    expect(gone.body).toContain("This link is no longer active");
    expect(gone.body).toContain('href="/support"');
    expect(gone.body).toContain('href="/support#help-lines"');
    expect(gone.body).toContain("Skip to the page");
    expect(gone.body).not.toContain("Skip to the card");
    for (const old of ["Low energy", CARD.contact, "sticking around", "Small steps"]) {
      expect(gone.body).not.toContain(old);
    }
    // Revoking again is harmless; changing a revoked card is refused and changes nothing.
    expect((await c.delete(`/api/shares/${created.id}`)).statusCode).toBe(204);
    const patch = await c.request("PATCH", `/api/shares/${created.id}`, { energy: "okay" });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error.code).toBe("share-inactive");
    expect((await open(t, created.url)).statusCode).toBe(410);
    const [listed] = (await c.get("/api/shares")).json().shares;
    expect(listed).toMatchObject({ id: created.id, active: false, revokedAt: T0, energy: "low" });
    // The words written on it are gone from the server, not just hidden.
    expect(listed.contact).toBe("");
    expect(listed).not.toHaveProperty("message");
    const stored = await t.store.db.selectFrom("shares").selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(CARD.contact);
    expect(JSON.stringify(stored)).not.toContain("sticking around");
  });

  it("expires at the time it was given, by the server's clock", async () => {
    const created = await create(c, { ...CARD, expiresInDays: 2 });
    t.clock.advance(2 * DAY - 1);
    expect((await open(t, created.url)).statusCode).toBe(200);
    t.clock.advance(1);
    const gone = await open(t, created.url);
    expect(gone.statusCode).toBe(410);
    expect(gone.body).not.toContain(CARD.contact);
    const [listed] = (await c.get("/api/shares")).json().shares;
    expect(listed.active).toBe(false);
    expect(listed.contact).toBe("");
    expect(listed).not.toHaveProperty("message");
    expect(
      (await c.request("PATCH", `/api/shares/${created.id}`, { energy: "okay" })).statusCode,
    ).toBe(409);
  });

  it("answers an unknown or malformed link with the same plain page, as 404", async () => {
    const made = await create(c);
    const unknown = `/s/${"A".repeat(43)}`;
    // A link glued to the next words, or broken by a mail program, is still a link to a supporter.
    const glued = `/s/${tokenOf(made.url)}${"Thanks".repeat(20)}`;
    for (const url of [
      unknown,
      "/s/short",
      `/s/${tokenOf(made.url)}x`,
      "/s/%3Cb%3E",
      glued,
      "/s/%ff",
    ]) {
      const response = await open(t, url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).toContain("This link is no longer active");
      expect(response.body, url).not.toContain("<b>");
      expect(response.headers["content-type"], url).toContain("text/html");
      expect(response.headers["content-security-policy"], url).toContain("default-src 'self'");
      expect(response.headers["cache-control"], url).toBe("no-store");
    }
    // A session's token opens no card either.
    const session = (c.sessionCookie ?? "").replace("reconnect_session=", "");
    expect(session).not.toBe("");
    expect((await open(t, `/s/${session}`)).statusCode).toBe(404);
  });

  it("reads nothing but its own card: every API route answers a share token as no one", async () => {
    const met = { mode: "message" } as const;
    await c.put("/api/checkins/2026-11-29", { mood: 4, connections: [met], note: "private" });
    const created = await create(c);
    const token = tokenOf(created.url);

    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(15);
    expect(routes).toContainEqual(["GET", "/api/shares"]);
    expect(routes).toContainEqual(["GET", "/api/checkins"]);

    // These answer anyone, signed in or not: with the token they must answer exactly as they do
    // for nobody at all, and say nothing about the member.
    const publicRoutes = new Set([
      "GET /api/setup",
      "POST /api/setup",
      "GET /api/session",
      "POST /api/session",
      "GET /api/crisis-resources",
    ]);
    const anonymous = t.client();
    for (const [method, template] of routes) {
      // Every parameter is filled with the share's own id, today's date, and the token itself
      // (bare and as a feed file): the nearest thing to a guess a supporter holding it could make.
      for (const filler of [created.id, "2026-11-29", token, `${token}.ics`]) {
        const url = template.replace(/:[A-Za-z]+/g, filler);
        const body = method === "GET" ? undefined : { energy: "okay", contact: "x" };
        const attempts = [
          { headers: { cookie: `reconnect_session=${token}` }, url },
          { headers: {}, url: `${url}?token=${token}&share=${token}` },
          { headers: { authorization: `Bearer ${token}` }, url },
        ];
        for (const attempt of attempts) {
          const response = await t.app.inject({
            method,
            url: attempt.url,
            headers: {
              ...(method === "GET" ? {} : { "content-type": "application/json" }),
              ...attempt.headers,
            },
            ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
          });
          const what = `${method} ${attempt.url} ${JSON.stringify(attempt.headers)}`;
          expect(response.body, what).not.toContain("private");
          expect(response.body, what).not.toContain(CARD.contact);
          expect(response.body, what).not.toContain(created.id);
          // No cookie is handed out; a session cookie that opens nothing may only be cleared.
          expect(String(response.headers["set-cookie"] ?? ""), what).toMatch(
            /^(|reconnect_session=; .*Expires=Thu, 01 Jan 1970.*)$/,
          );
          if (publicRoutes.has(`${method} ${template}`)) {
            if (method === "GET" && attempt.url.includes("?")) {
              // A GET refuses query parameters it does not take, by name: the token opens nothing.
              expect(response.statusCode, what).toBe(400);
              expect(Object.keys(response.json().error.fields), what).toEqual(["token", "share"]);
              continue;
            }
            const plain = await anonymous.request(method, attempt.url.split("?")[0] ?? "", body);
            expect(response.statusCode, what).toBe(plain.statusCode);
            if (method === "GET") expect(response.json(), what).toEqual(plain.json());
            continue;
          }
          // The calendar feed answers to its address, not a session: its query is refused first.
          const refusedQuery = method === "GET" && attempt.url.includes("?") ? [400] : [];
          expect([401, 404, ...refusedQuery], what).toContain(response.statusCode);
        }
      }
    }
    // Nothing was changed by any of it.
    const [card] = (await c.get("/api/shares")).json().shares;
    expect(card).toMatchObject({ energy: "low", contact: CARD.contact, active: true });
    expect(
      (await c.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins,
    ).toHaveLength(1);
    expect((await open(t, created.url)).statusCode).toBe(200);
  });
});

/**
 * Every `/api` route the server's source declares (`app.get("/api/…")` and the like), so a
 * route added later is covered without anyone remembering to list it here.
 */
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const METHODS: Record<string, Method> = {
  get: "GET",
  post: "POST",
  put: "PUT",
  patch: "PATCH",
  delete: "DELETE",
};

function apiRoutes(): [Method, string][] {
  const serverDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const found = new Map<string, [Method, string]>();
  for (const file of readdirSync(serverDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const source = readFileSync(path.join(serverDir, file), "utf8");
    for (const match of source.matchAll(/\.(get|post|put|patch|delete)\(\s*"(\/api[^"]*)"/g)) {
      const method = METHODS[match[1] ?? ""];
      const url = match[2] ?? "";
      if (method) found.set(`${method} ${url}`, [method, url]);
    }
  }
  return [...found.values()];
}

describe.each(engines)("share cards of two people on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  let member: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
    member = await signedInMember(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("answers another person's card id as if it never existed, and leaves it alone", async () => {
    const theirs = await create(member);
    const mine = await create(owner, { energy: "okay", contact: "Call any time" });
    expect((await owner.get("/api/shares")).json().shares.map((s: Created) => s.id)).toEqual([
      mine.id,
    ]);
    const patch = await owner.request("PATCH", `/api/shares/${theirs.id}`, { energy: "okay" });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe("not-found");
    expect((await owner.delete(`/api/shares/${theirs.id}`)).statusCode).toBe(404);
    expect((await owner.delete("/api/shares/never-was")).statusCode).toBe(404);
    const page = await open(t, theirs.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Low energy this week");
  });

  it("lets nobody signed out touch the share routes", async () => {
    const anon = t.client();
    expect((await anon.get("/api/shares")).statusCode).toBe(401);
    expect((await anon.post("/api/shares", CARD)).statusCode).toBe(401);
    expect((await anon.delete("/api/shares/anything")).statusCode).toBe(401);
  });
});

describe("share tokens in logs", () => {
  it("never appear, nor the card's words, whatever happens", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const t = await createTestApp("sqlite", { logger: { level: "trace", stream } });
    const c = await t.owner();
    const created = await create(c);
    const token = tokenOf(created.url);
    await open(t, created.url);
    await c.request("PATCH", `/api/shares/${created.id}`, { energy: "some" });
    await c.delete(`/api/shares/${created.id}`);
    await open(t, created.url);
    await open(t, `/s/${token.slice(1)}`);

    // A database that has gone away makes the next look-up fail inside the server.
    await t.store.close();
    const failed = await open(t, created.url);
    expect(failed.statusCode).toBe(500);

    const log = lines.join("");
    expect(log).toContain("request failed");
    for (const secret of [token, token.slice(1), hashToken(token), CARD.message, CARD.contact]) {
      expect(log).not.toContain(secret);
    }
    await t.app.close();
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenOfLink } from "../support/invite.js";
import { type SpawnedServer, spawnServer } from "../support/spawn-server.js";
import { createTestDatabase } from "../support/stores.js";

/*
 * Issue 14, item 2: two real Reconnect processes on one PostgreSQL database, as behind a load
 * balancer, with each step's requests alternating between them. Whatever one process knows
 * (sessions, paused accounts, sign-in failures, check-ins) the other must know at once, so no
 * process may keep a state the other needs.
 */

const OWNER = { username: "river", password: "a long owner password" };
const MEMBER = { username: "sam", password: "a long member password" };

interface Answer {
  status: number;
  body: string;
  cookie: string | undefined;
}

/** A request as a browser sends it, with `cookie` if given; the session cookie it sets, if any. */
async function send(
  server: SpawnedServer,
  method: string,
  path: string,
  options: { cookie?: string | undefined; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  // Every change is sent as JSON, as the app does (the same-origin rule refuses anything else).
  if (method !== "GET") headers["content-type"] = "application/json";
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const session = response.headers
    .getSetCookie()
    .find((c) => c.startsWith("reconnect_session=") && !c.startsWith("reconnect_session=;"));
  return { status: response.status, body: await response.text(), cookie: session?.split(";")[0] };
}

function sessionOf(answer: Answer, what: string): string {
  if (!answer.cookie)
    throw new Error(`${what} set no session cookie: ${answer.status} ${answer.body}`);
  return answer.cookie;
}

describe("two Reconnect processes on one PostgreSQL database", () => {
  let drop: () => Promise<void> = async () => undefined;
  let dataDir = "";
  let a: SpawnedServer;
  let b: SpawnedServer;
  let owner: string;
  let member: string;
  let memberId: string;

  beforeAll(async () => {
    const database = await createTestDatabase("reconnect_two");
    drop = database.drop;
    // Started together, as a deployment starts them: both find the database empty and migrate it.
    dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-two-"));
    const env = { DATABASE_URL: database.url, DATA_DIR: dataDir };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("sets up on A and is signed in on B", async () => {
    const setup = await send(a, "POST", "/api/setup", { body: OWNER });
    expect(setup.status).toBe(201);
    owner = sessionOf(setup, "setup");
    const onB = await send(b, "GET", "/api/session", { cookie: owner });
    expect(JSON.parse(onB.body).user.username).toBe(OWNER.username);
    expect((await send(b, "POST", "/api/setup", { body: MEMBER })).status).toBe(409);
  });

  it("reads on A what was written on B, and on B what A changed after", async () => {
    const day = "/api/checkins/2026-11-20";
    const range = "/api/checkins?from=2026-11-01&to=2026-11-30";
    const written = await send(b, "PUT", day, { cookie: owner, body: { mood: 3, note: "on B" } });
    expect(written.status).toBe(200);
    const readOnA = JSON.parse((await send(a, "GET", range, { cookie: owner })).body);
    expect(readOnA.checkins.map((c: { note: string }) => c.note)).toEqual(["on B"]);

    // B has answered this range before; it must not answer it from an older memory.
    expect((await send(b, "GET", range, { cookie: owner })).status).toBe(200);
    await send(a, "PUT", day, { cookie: owner, body: { mood: 4, note: "then on A" } });
    const readOnB = JSON.parse((await send(b, "GET", range, { cookie: owner })).body);
    expect(readOnB.checkins.map((c: { note: string }) => c.note)).toEqual(["then on A"]);
    await send(b, "DELETE", day, { cookie: owner });
    const afterDelete = JSON.parse((await send(a, "GET", range, { cookie: owner })).body);
    expect(afterDelete.checkins).toEqual([]);
  });

  it("answers a month both processes hold from memory no longer than a write elsewhere allows", async () => {
    // Each process keeps a month it has answered while the person's check-ins counter, read
    // with the session, stands still: every write in either process must move it at once.
    const range = "/api/checkins?from=2026-10-01&to=2026-10-28";
    const notes = async (server: SpawnedServer) =>
      (
        JSON.parse((await send(server, "GET", range, { cookie: owner })).body).checkins as {
          note: string;
        }[]
      ).map((c) => c.note);
    for (let round = 1; round <= 3; round++) {
      // Both hold the month as it is now, read twice so the second comes from memory.
      for (const server of [a, b, a, b]) await notes(server);
      const [writer, reader] = round % 2 === 1 ? [a, b] : [b, a];
      const day = `/api/checkins/2026-10-0${round}`;
      const note = `round ${round}`;
      expect(
        (await send(writer, "PUT", day, { cookie: owner, body: { mood: round, note } })).status,
      ).toBe(200);
      expect((await notes(reader)).at(-1)).toBe(note);
      expect((await notes(writer)).at(-1)).toBe(note);
    }
    expect(await notes(a)).toEqual(["round 1", "round 2", "round 3"]);
    await send(a, "DELETE", "/api/checkins/2026-10-02", { cookie: owner });
    expect(await notes(b)).toEqual(["round 1", "round 3"]);
    await send(b, "PUT", "/api/checkins/2026-10-03", {
      cookie: owner,
      body: { mood: 1, note: "again" },
    });
    expect(await notes(a)).toEqual(["round 1", "again"]);
  });

  it("refuses on B at once a session signed out on A", async () => {
    const signedIn = await send(b, "POST", "/api/session", { body: OWNER });
    expect(signedIn.status).toBe(200);
    const second = sessionOf(signedIn, "signing in");
    expect((await send(b, "GET", "/api/checkins", { cookie: second })).status).toBe(200);
    expect((await send(a, "DELETE", "/api/session", { cookie: second })).status).toBe(204);
    expect((await send(b, "GET", "/api/checkins", { cookie: second })).status).toBe(401);
    // The owner's first session was not the one ended.
    expect((await send(b, "GET", "/api/checkins", { cookie: owner })).status).toBe(200);
  });

  it("lets someone invited on A join on B, and ends their session on B at once when paused on A", async () => {
    const invited = await send(a, "POST", "/api/invitations", {
      cookie: owner,
      body: { role: "member" },
    });
    expect(invited.status).toBe(201);
    const token = tokenOfLink(JSON.parse(invited.body).url);
    const joined = await send(b, "POST", `/api/invitations/${token}/accept`, { body: MEMBER });
    expect(joined.status).toBe(201);
    member = sessionOf(joined, "joining");
    memberId = JSON.parse(joined.body).id;
    // The link was used on B; A knows.
    expect((await send(a, "GET", `/api/invitations/${token}`)).status).toBe(410);

    expect((await send(b, "GET", "/api/checkins", { cookie: member })).status).toBe(200);
    const paused = await send(a, "PATCH", `/api/accounts/${memberId}`, {
      cookie: owner,
      body: { disabled: true },
    });
    expect(paused.status).toBe(200);
    expect((await send(b, "GET", "/api/checkins", { cookie: member })).status).toBe(401);
    expect((await send(b, "POST", "/api/session", { body: MEMBER })).status).toBe(403);

    await send(b, "PATCH", `/api/accounts/${memberId}`, {
      cookie: owner,
      body: { disabled: false },
    });
    const back = await send(a, "POST", "/api/session", { body: MEMBER });
    expect(back.status).toBe(200);
    member = sessionOf(back, "signing in again");
    expect((await send(b, "GET", "/api/checkins", { cookie: member })).status).toBe(200);
  });

  it("counts failed sign-ins on both processes as one count", async () => {
    const wrong = { username: MEMBER.username, password: "not the password" };
    // Three free failures in all, made on A, B and A: a fourth on B must wait. Were each process
    // counting alone, B would have seen one failure and answered 401 again.
    const statuses: number[] = [];
    for (const server of [a, b, a, b]) {
      statuses.push((await send(server, "POST", "/api/session", { body: wrong })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await send(a, "POST", "/api/session", { body: wrong })).status).toBe(429);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SpawnedServer, spawnServer } from "../support/spawn-server.js";

/*
 * Two real Reconnect processes on one SQLite data folder, as the README allows (a second
 * process, or a CLI command writing while the server runs). Each takes SQLite's write lock in
 * turn: a save that finds it taken waits for it, so none of many saves sent to both is lost.
 */

async function send(
  server: SpawnedServer,
  method: string,
  to: string,
  cookie = "",
  body?: unknown,
) {
  const response = await fetch(`${server.url}${to}`, {
    method,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(method === "GET" ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("reconnect_session="));
  return { status: response.status, text: await response.text(), cookie: session?.split(";")[0] };
}

describe("two Reconnect processes on one SQLite file", () => {
  let dataDir = "";
  let a: SpawnedServer;
  let b: SpawnedServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-two-sqlite-"));
    [a, b] = await Promise.all([
      spawnServer({ DATA_DIR: dataDir }),
      spawnServer({ DATA_DIR: dataDir }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("saves every one of many check-ins sent to both at once, alternating", async () => {
    const setup = await send(a, "POST", "/api/setup", "", {
      username: "river",
      password: "a long owner password",
    });
    expect(setup.status, setup.text).toBe(201);
    const cookie = setup.cookie ?? "";
    const statuses: number[] = [];
    // Twenty at a time, as a busy household's phones might send them.
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, k) => {
          const i = round * 20 + k;
          const date = `2026-08-${String(1 + (i % 28)).padStart(2, "0")}`;
          return send(i % 2 ? a : b, "PUT", `/api/checkins/${date}`, cookie, {
            mood: i % 11,
            note: `n${i}`,
          });
        }),
      );
      statuses.push(...answers.map((r) => r.status));
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const stored = await send(b, "GET", "/api/checkins?from=2026-08-01&to=2026-08-28", cookie);
    expect(JSON.parse(stored.text).checkins).toHaveLength(28);
  }, 120_000);
});

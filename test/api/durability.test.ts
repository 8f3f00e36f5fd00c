import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OWNER } from "../support/api-client.js";
import { spawnServer } from "../support/spawn-server.js";

describe("an acknowledged check-in", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-durability-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("survives the server being killed with SIGKILL right after it answered 200", async () => {
    const first = await spawnServer({ DATA_DIR: dataDir });
    const setup = await fetch(`${first.url}/api/setup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(OWNER),
    });
    expect(setup.status).toBe(201);
    const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

    const body = {
      mood: 3,
      note: "Written just before the power went",
      connections: [{ name: "Ana", mode: "call" }],
    };
    const saved = await fetch(`${first.url}/api/checkins/2026-11-29`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    });
    expect(saved.status).toBe(200);
    await first.stop("SIGKILL");

    const second = await spawnServer({ DATA_DIR: dataDir });
    try {
      const read = await fetch(`${second.url}/api/checkins?from=2026-11-29&to=2026-11-29`, {
        headers: { cookie },
      });
      expect(read.status).toBe(200);
      const { checkins } = (await read.json()) as { checkins: unknown[] };
      expect(checkins).toEqual([expect.objectContaining(body)]);
    } finally {
      await second.stop();
    }
  });
});

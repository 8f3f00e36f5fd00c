import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/** Sends the first half of `file` to /api/import over a real socket, then drops the connection. */
function sendHalfAndDrop(address: string, cookie: string, file: string): Promise<void> {
  const url = new URL("/api/import?mode=replace", address);
  return new Promise((resolve) => {
    const request = http.request(url, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(file)),
      },
    });
    request.on("error", () => resolve());
    request.on("close", () => resolve());
    request.write(file.slice(0, Math.floor(file.length / 2)), () => {
      setTimeout(() => request.destroy(), 100);
    });
  });
}

describe.each(engines)("an import whose upload stops part-way on %s", (engine) => {
  const logged: string[] = [];
  let t: TestApp;
  let owner: ApiClient;
  beforeAll(async () => {
    const stream = { write: (line: string) => logged.push(line) };
    t = await createTestApp(engine, { logger: { level: "warn", stream } });
    owner = await t.owner();
  });
  afterAll(async () => {
    await t.close();
  });

  it("writes nothing, not even a log entry, and is not logged as a failure here", async () => {
    await owner.put("/api/checkins/2026-11-20", { mood: 4 });
    const before = (await owner.get("/api/export")).json();
    const file = JSON.stringify({ ...before, checkins: [{ ...before.checkins[0], mood: 9 }] });
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    await sendHalfAndDrop(address, owner.sessionCookie ?? "", file);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await owner.get("/api/export")).json().checkins).toEqual(before.checkins);
    const events = (await owner.get("/api/access-log")).json().entries;
    expect(events.map((e: { event: string }) => e.event)).not.toContain("data-replaced");
    expect(logged.filter((line) => line.includes("request failed"))).toEqual([]);
  });
});

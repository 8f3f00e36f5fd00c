import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { SqlRecorder } from "../../../test/support/sql-recorder.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const OPENS = 20;

// A share card is opened by other people's phones, each from its own address, and each such
// open is written to the owner's access log. On SQLite that write must not cost every signed-in
// person their cached session (the one read almost every request makes).
describe("a share card opened while people use the app, on SQLite", () => {
  const recorder = new SqlRecorder();
  let t: TestApp;
  let owner: ApiClient;
  let shareUrl: string;
  beforeAll(async () => {
    t = await createTestApp("sqlite", {}, { log: recorder.log });
    owner = await t.owner();
    shareUrl = (await owner.post("/api/shares", { energy: "low", contact: "text me" })).json().url;
  });
  afterAll(async () => {
    await t.close();
  });

  it("notes every new address in the log and leaves the signed-in person's session cached", async () => {
    expect((await owner.get("/api/me")).statusCode).toBe(200);
    const sessionReads = () =>
      recorder.statements.filter((s) => /^select .* from "sessions"/.test(s.sql)).length;
    const before = sessionReads();
    for (let i = 1; i <= OPENS; i++) {
      const opened = await t.app.inject({
        method: "GET",
        url: shareUrl,
        remoteAddress: `192.0.2.${i}`,
      });
      expect(opened.statusCode).toBe(200);
      expect((await owner.get("/api/me")).statusCode).toBe(200);
    }
    expect(sessionReads() - before, `session reads over ${OPENS} opens`).toBe(0);
    const opens = await t.store.db
      .selectFrom("access_log")
      .select("address")
      .where("event", "=", "share-opened")
      .execute();
    expect(opens).toHaveLength(OPENS);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const NOTE = "a note nobody else should read";

describe.each(engines)("the access log on %s", (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => {
    await t.close();
  });

  async function signIn(password: string) {
    return t.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { "content-type": "application/json", "user-agent": FIREFOX },
      payload: JSON.stringify({ username: OWNER.username, password }),
    });
  }

  it("shows the person their sign-ins, failed ones, exports, imports (one replacing everything) and password changes", async () => {
    const c = await t.owner();
    expect((await signIn("not my password")).statusCode).toBe(401);
    expect((await signIn(OWNER.password)).statusCode).toBe(200);
    await c.put("/api/checkins/2026-11-20", { mood: 4, note: NOTE });
    const file = (await c.get("/api/export")).json();
    expect((await c.post("/api/import?mode=add", file)).statusCode).toBe(200);
    expect((await c.post("/api/import?mode=replace", file)).statusCode).toBe(200);
    const changed = await c.put("/api/me/password", {
      currentPassword: OWNER.password,
      newPassword: "a slow river in spring",
    });
    expect(changed.statusCode).toBe(204);

    const log = await c.get("/api/access-log");
    expect(log.statusCode).toBe(200);
    const entries = log.json().entries;
    // Two sign-ins: the session setting up the server started, and the one signed in here.
    expect(entries.map((e: { event: string }) => e.event).sort()).toEqual(
      [
        "export",
        "import",
        "data-replaced",
        "password-changed",
        "sign-in",
        "sign-in",
        "sign-in-failed",
      ].sort(),
    );
    expect(entries).toContainEqual({
      at: expect.any(String),
      event: "sign-in",
      browser: "Firefox on Linux",
      address: "127.0.0.1",
    });

    // Nothing secret or personal is kept in it, in any column.
    const rows = JSON.stringify(await t.store.db.selectFrom("access_log").selectAll().execute());
    for (const secret of [OWNER.password, "a slow river in spring", NOTE, "not my password"]) {
      expect(rows).not.toContain(secret);
    }
    expect(rows).not.toContain(String(c.sessionCookie).split("=")[1]);
  });

  it("notes every session started, not only by signing in: setting up, joining, and a reset link with its new password", async () => {
    const owner = await t.owner();
    const events = async (client: ReturnType<TestApp["client"]>) =>
      (await client.get("/api/access-log"))
        .json()
        .entries.map((e: { event: string }) => e.event)
        .sort();
    expect(await events(owner)).toEqual(["sign-in"]);

    const invited = await owner.post("/api/invitations", { role: "member" });
    const joinToken = String(invited.json().url).replace(/^\/join\//, "");
    const joiner = t.client();
    const joined = await joiner.post(`/api/invitations/${joinToken}/accept`, {
      username: "sasha",
      password: "sasha's own long password",
    });
    expect(joined.statusCode).toBe(201);
    expect(await events(joiner)).toEqual(["sign-in"]);

    // Whoever holds a reset link gets in with a password of their choosing: the person sees it.
    const reset = await owner.post(`/api/accounts/${joined.json().id}/password-reset`);
    expect(reset.statusCode).toBe(201);
    const resetToken = String(reset.json().url).replace(/^\/join\//, "");
    const holder = t.client();
    const taken = await holder.post(`/api/invitations/${resetToken}/accept`, {
      password: "a new password from the link",
    });
    expect(taken.statusCode).toBe(201);
    expect(await events(holder)).toEqual(["password-changed", "sign-in", "sign-in"]);
  });

  it("notes a share card opened and the calendar feed read, once an hour per address", async () => {
    const c = await t.owner();
    const share = (await c.post("/api/shares", { energy: "low", contact: "text me" })).json();
    const feed = (await c.post("/api/calendar/feed", {})).json();
    const open = (url: string, address: string) =>
      t.app.inject({
        method: "GET",
        url,
        headers: { "user-agent": FIREFOX },
        remoteAddress: address,
      });
    for (const url of [share.url, feed.url]) {
      expect((await open(url, "192.0.2.7")).statusCode).toBe(200);
      expect((await open(url, "192.0.2.7")).statusCode).toBe(200);
      expect((await open(url, "198.51.100.3")).statusCode).toBe(200);
    }
    const events = async () =>
      (await c.get("/api/access-log"))
        .json()
        .entries.filter((e: { event: string }) => e.event !== "sign-in")
        .map((e: { event: string; address: string }) => `${e.event} ${e.address}`)
        .sort();
    expect(await events()).toEqual([
      "calendar-fetched 192.0.2.7",
      "calendar-fetched 198.51.100.3",
      "share-opened 192.0.2.7",
      "share-opened 198.51.100.3",
    ]);
    t.clock.advance(61 * 60_000);
    await open(feed.url, "192.0.2.7");
    expect((await events()).filter((e: string) => e === "calendar-fetched 192.0.2.7")).toHaveLength(
      2,
    );
    // The token itself never reaches the log.
    const rows = JSON.stringify(await t.store.db.selectFrom("access_log").selectAll().execute());
    expect(rows).not.toContain(String(share.url).split("/").pop());
    expect(rows).not.toContain(String(feed.url).split("/").pop()?.replace(".ics", ""));
  });

  it("keeps 180 days, shows each person only their own, and goes with the account", async () => {
    const c = await t.owner();
    await t.member();
    await c.get("/api/export");
    t.clock.advance(181 * 86_400_000);
    // A new session: the first one has long run out.
    const later = t.client();
    expect((await later.post("/api/session", OWNER)).statusCode).toBe(200);
    const events = (await later.get("/api/access-log"))
      .json()
      .entries.map((e: { event: string }) => e.event);
    expect(events).toEqual(["sign-in"]);
    expect(
      await t.store.db
        .selectFrom("access_log")
        .select("event")
        .where("event", "=", "export")
        .execute(),
    ).toEqual([]);

    const member = t.client();
    await member.post("/api/session", { username: "robin", password: "robin's own password" });
    const memberLog = (await member.get("/api/access-log")).json().entries;
    expect(memberLog.every((e: { event: string }) => e.event === "sign-in")).toBe(true);
    expect(memberLog).toHaveLength(1);

    expect((await later.delete("/api/me", { password: OWNER.password })).statusCode).toBe(204);
    const left = await t.store.db.selectFrom("access_log").select("user_id").execute();
    expect(left.map((row) => row.user_id)).toEqual(["member-robin"]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

describe("accounts and sessions", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it("creates the owner on first visit, signs them in, and refuses a second setup", async () => {
    const c = t.client();
    expect((await c.get("/api/setup")).json()).toEqual({ needsOwner: true });
    const created = await c.post("/api/setup", OWNER);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: "sam", role: "owner" });
    const cookie = String(created.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await c.get("/api/me")).json()).toMatchObject({ username: "sam", role: "owner" });
    expect((await c.get("/api/setup")).json()).toEqual({ needsOwner: false });

    const second = await t
      .client()
      .post("/api/setup", { username: "eve", password: "another long one" });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("owner-exists");
  });

  it("tells a visitor who is signed in and whether setup is needed, without an error", async () => {
    const c = t.client();
    expect((await c.get("/api/session")).json()).toEqual({ user: null, needsOwner: true });
    await c.post("/api/setup", OWNER);
    expect((await c.get("/api/session")).json()).toEqual({
      user: expect.objectContaining({ username: "sam", role: "owner" }),
      needsOwner: false,
    });
    const stranger = await t.client().get("/api/session");
    expect(stranger.statusCode).toBe(200);
    expect(stranger.json()).toEqual({ user: null, needsOwner: false });
  });

  it("stores only an argon2id hash of the password", async () => {
    await t.owner();
    const row = await t.store.db
      .selectFrom("users")
      .select("password_hash")
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(OWNER.password);
  });

  it.each([
    [{ username: "sam", password: "short" }, "password", "at least 8"],
    [{ username: "sam", password: "Password123" }, "password", "common"],
    [{ username: "", password: "a long enough one" }, "username", "required"],
    [{ username: "has space", password: "a long enough one" }, "username", "no spaces"],
    [{ username: "sam", password: "a long enough one", admin: true }, "admin", "not a field"],
    [{ password: "a long enough one" }, "username", "required"],
  ])("refuses setup with %j naming the field", async (body, field, words) => {
    const c = t.client();
    const response = await c.post("/api/setup", body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[field]).toContain(words);
    expect((await c.get("/api/setup")).json()).toEqual({ needsOwner: true });
  });

  it("signs in and out, and a wrong name or password get the same 401", async () => {
    await t.owner();
    const c = t.client();
    const wrongName = await c.post("/api/session", {
      username: "nobody",
      password: OWNER.password,
    });
    const wrongPassword = await c.post("/api/session", {
      username: "sam",
      password: "not the password",
    });
    expect(wrongName.statusCode).toBe(401);
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongName.json()).toEqual(wrongPassword.json());

    const ok = await c.post("/api/session", { username: "SAM", password: OWNER.password });
    expect(ok.statusCode).toBe(200);
    expect((await c.get("/api/me")).statusCode).toBe(200);

    const cookie = c.sessionCookie;
    expect((await c.delete("/api/session")).statusCode).toBe(204);
    expect((await c.get("/api/me")).statusCode).toBe(401);
    // The old token is dead on the server too, not only forgotten by the browser.
    c.sessionCookie = cookie;
    expect((await c.get("/api/me")).statusCode).toBe(401);
  });

  it("signs in a name with letters beyond A–Z, however it is typed", async () => {
    const c = t.client();
    expect(
      (await c.post("/api/setup", { username: "Émile", password: OWNER.password })).statusCode,
    ).toBe(201);
    for (const username of ["Émile", "E\u0301mile"]) {
      const response = await t
        .client()
        .post("/api/session", { username, password: OWNER.password });
      expect(response.statusCode, username).toBe(200);
    }
    expect(
      (await t.client().post("/api/session", { username: "ÉMILE", password: "wrong password" }))
        .statusCode,
    ).toBe(401);
  });

  it("keeps a session alive for 30 days after its last use, and no longer", async () => {
    const c = await t.owner();
    t.clock.advance(29 * 86_400_000);
    expect((await c.get("/api/me")).statusCode).toBe(200);
    t.clock.advance(29 * 86_400_000);
    expect((await c.get("/api/me")).statusCode).toBe(200);
    t.clock.advance(31 * 86_400_000);
    expect((await c.get("/api/me")).statusCode).toBe(401);
  });

  it("ends a session on time even when nothing was written since it was last looked up", async () => {
    const c = await t.owner();
    // Looked up twice: the second answer comes from memory, and nothing is written after it.
    expect((await c.get("/api/me")).statusCode).toBe(200);
    expect((await c.get("/api/me")).statusCode).toBe(200);
    t.clock.advance(30 * 86_400_000 + 1000);
    expect((await c.get("/api/me")).statusCode).toBe(401);
  });

  it("slows guesses at a name from one place, with Retry-After, and lets the person in after", async () => {
    await t.owner();
    const c = t.client();
    for (let i = 0; i < 3; i++) {
      const response = await c.post("/api/session", { username: "sam", password: `wrong ${i}` });
      expect(response.statusCode).toBe(401);
    }
    // From here each try waits twice as long as the last: 1 s, 2 s, 4 s …
    for (const seconds of [1, 2, 4, 8]) {
      const early = await c.post("/api/session", OWNER);
      expect(early.statusCode).toBe(429);
      expect(early.headers["retry-after"]).toBe(String(seconds));
      t.clock.advance(seconds * 1000);
      expect((await c.post("/api/session", { username: "sam", password: "no" })).statusCode).toBe(
        401,
      );
    }
    t.clock.advance(16_000);
    expect((await c.post("/api/session", OWNER)).statusCode).toBe(200);
  });

  it("locks out an address that tries many usernames", async () => {
    await t.owner();
    const c = t.client();
    for (let i = 0; i < 30; i++) {
      await c.post("/api/session", { username: `user${i}`, password: "whatever it is" });
    }
    expect(
      (await c.post("/api/session", { username: "someone", password: "whatever it is" }))
        .statusCode,
    ).toBe(429);
  });

  it("limits password guesses when erasing the account, as when signing in", async () => {
    const c = await t.owner();
    for (let i = 0; i < 3; i++) {
      expect((await c.delete("/api/me", { password: `guess number ${i}` })).statusCode).toBe(403);
    }
    const locked = await c.delete("/api/me", { password: OWNER.password });
    expect(locked.statusCode).toBe(429);
    expect((await c.get("/api/me")).statusCode).toBe(200);
  });

  it("erases the account with the right password only", async () => {
    const c = await t.owner();
    await c.put("/api/checkins/2026-11-28", { mood: 4, connections: [{ mode: "call" }] });
    const wrong = await c.delete("/api/me", { password: "not it at all" });
    expect(wrong.statusCode).toBe(403);
    expect((await c.get("/api/me")).statusCode).toBe(200);

    expect((await c.delete("/api/me", { password: OWNER.password })).statusCode).toBe(204);
    expect((await c.get("/api/me")).statusCode).toBe(401);
    expect(await t.store.db.selectFrom("checkins").selectAll().execute()).toEqual([]);
    expect(await t.store.db.selectFrom("checkin_connections").selectAll().execute()).toEqual([]);
    expect((await t.client().get("/api/setup")).json()).toEqual({ needsOwner: true });
  });
});

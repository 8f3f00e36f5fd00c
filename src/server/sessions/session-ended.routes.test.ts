import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, OWNER } from "../../../test/support/api-client.js";
import { required } from "../../../test/support/required.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { SESSION_MS } from "./session-cookie.js";
import { newSessionToken } from "./session-token.js";

/*
 * A request whose session cookie names a session the server no longer holds was signed out on
 * purpose, from somewhere else: 401 `session-ended`, so the app does not promise that signing in
 * brings the person's words back (the account may be gone). One whose session merely ran out
 * (no cookie, as the browser drops it with the session, or a kept cookie of an expired session)
 * stays 401 `unauthorized`. Erasing keeps nothing of the account, so a cookie no one ever had is
 * answered exactly as one of an erased account: the code tells nobody whether an account exists.
 */
describe.each(engines)("a session ended elsewhere on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.owner();
  }, 60_000);
  afterAll(() => t.close());

  /** The same person's second device: a new client with a session of its own. */
  async function secondDevice(person: ApiClient, username: string): Promise<ApiClient> {
    const other = t.client();
    const password = `${username}'s own password`;
    expect((await other.post("/api/session", { username, password })).statusCode).toBe(200);
    expect(person.sessionCookie).not.toBe(other.sessionCookie);
    return other;
  }

  /** What a refused request answers, as compared between callers: status and whole body. */
  const answerTo = async (client: ApiClient, path = "/api/me") => {
    const response = await client.get(path);
    return { status: response.statusCode, body: response.json() };
  };

  it("answers session-ended once the account was erased on another device, on reads and saves", async () => {
    const phone = await t.member("ash");
    // Seen signed in and saving first, so PostgreSQL's save checks the session in its own
    // statement (the guard only notes the cookie), and that refusal is judged too.
    expect((await phone.put("/api/checkins/2026-11-28", { mood: 4 })).statusCode).toBe(200);
    const laptop = await secondDevice(phone, "ash");
    expect((await laptop.delete("/api/me", { password: "ash's own password" })).statusCode).toBe(
      204,
    );
    const save = await phone.put("/api/checkins/2026-11-28", { mood: 5 });
    expect(save.statusCode).toBe(401);
    expect(save.json().error.code).toBe("session-ended");
    const read = await answerTo(phone);
    expect(read.status).toBe(401);
    expect(read.body.error.code).toBe("session-ended");
  });

  it("answers session-ended once an admin erased the account", async () => {
    const owner = t.client();
    expect((await owner.post("/api/session", OWNER)).statusCode).toBe(200);
    const member = await t.member("bo");
    expect((await owner.delete("/api/accounts/member-bo")).statusCode).toBe(204);
    expect((await answerTo(member)).body.error.code).toBe("session-ended");
  });

  it("answers session-ended after signing out everywhere on another device", async () => {
    const phone = await t.member("cy");
    const laptop = await secondDevice(phone, "cy");
    expect((await laptop.delete("/api/sessions")).statusCode).toBe(204);
    expect((await answerTo(phone)).body.error.code).toBe("session-ended");
  });

  it("answers a cookie no one ever had exactly as one of an erased account", async () => {
    const erased = await t.member("di");
    const admin = t.client();
    expect((await admin.post("/api/session", OWNER)).statusCode).toBe(200);
    expect((await admin.delete("/api/accounts/member-di")).statusCode).toBe(204);
    const stranger = t.client();
    stranger.sessionCookie = `reconnect_session=${newSessionToken()}`;
    expect(await answerTo(stranger)).toEqual(await answerTo(erased));
  });

  it("stays unauthorized with no cookie, and for a session that ran out while its cookie was kept", async () => {
    const nobody = await answerTo(t.client());
    expect(nobody.status).toBe(401);
    expect(nobody.body.error.code).toBe("unauthorized");

    const person = await t.member("el");
    const cookie = required(person.sessionCookie, "el's session");
    // Last in this file: the clock moves past every session's end.
    t.clock.advance(SESSION_MS + 1000);
    const ranOut = t.client();
    ranOut.sessionCookie = cookie;
    const answer = await answerTo(ranOut);
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe("unauthorized");
  });
});

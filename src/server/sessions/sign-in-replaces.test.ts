import { afterEach, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

describe.each(engines)("signing in on a browser that still has a session, on %s", (engine) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it("ends the session the old cookie named, so a shared device keeps no one else's alive", async () => {
    t = await createTestApp(engine);
    const owner = await t.owner();
    const member = await t.member("robin");
    const ownersCookie = owner.sessionCookie;
    expect(ownersCookie).toBeDefined();

    // Robin signs in on the phone Sam left signed in.
    const shared = t.client();
    shared.sessionCookie = ownersCookie;
    const signedIn = await shared.post("/api/session", {
      username: "robin",
      password: "robin's own password",
    });
    expect(signedIn.statusCode).toBe(200);
    expect(shared.sessionCookie).not.toBe(ownersCookie);
    expect((await shared.get("/api/me")).json().username).toBe("robin");

    // Sam's session is over, from that phone's old cookie or anywhere else it was copied to.
    const stale = await owner.get("/api/me");
    expect(stale.statusCode).toBe(401);
    // Robin's own sessions elsewhere are not touched.
    expect((await member.get("/api/me")).statusCode).toBe(200);
  });

  it("ends the same person's older session when they sign in again on that browser", async () => {
    t = await createTestApp(engine);
    const first = await t.owner();
    const older = first.sessionCookie;
    const again = t.client();
    again.sessionCookie = older;
    expect((await again.post("/api/session", OWNER)).statusCode).toBe(200);
    expect((await again.get("/api/me")).statusCode).toBe(200);
    expect((await first.get("/api/me")).statusCode).toBe(401);
  });

  it("keeps the session when the password is wrong: only a sign-in that succeeds replaces it", async () => {
    t = await createTestApp(engine);
    const owner = await t.owner();
    const refused = await owner.post("/api/session", { username: "sam", password: "not it" });
    expect(refused.statusCode).toBe(401);
    expect((await owner.get("/api/me")).statusCode).toBe(200);
  });
});

import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { findUserByUsername } from "../accounts/user.repository.js";

/** The `name=value` of a cookie the answer sets, if it sets it. */
function cookieFrom(response: LightMyRequestResponse, name: string): string | undefined {
  const header = response.headers["set-cookie"];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  return all.find((c) => c.startsWith(`${name}=`))?.split(";")[0];
}

describe.each(engines)("guessing a password on %s", (engine) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  const signIn = (
    body: { username: string; password: string },
    options: { from?: string; cookie?: string; headers?: Record<string, string> } = {},
  ) =>
    t.app.inject({
      method: "POST",
      url: "/api/session",
      remoteAddress: options.from ?? "127.0.0.1",
      headers: {
        "content-type": "application/json",
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      payload: JSON.stringify(body),
    } satisfies InjectOptions);

  /** Sets the owner up from their own browser and returns that browser's device cookie. */
  async function ownerWithDevice(): Promise<string> {
    const setup = await t.app.inject({
      method: "POST",
      url: "/api/setup",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify(OWNER),
    });
    expect(setup.statusCode).toBe(201);
    const device = cookieFrom(setup, "reconnect_device");
    expect(device).toMatch(/^reconnect_device=[\w-]{43}$/);
    expect(String(setup.headers["set-cookie"])).toMatch(
      /reconnect_device=.*HttpOnly.*SameSite=Strict/,
    );
    return device ?? "";
  }

  it("never locks the owner's own browser out, whoever guesses from wherever", async () => {
    t = await createTestApp(engine);
    const device = await ownerWithDevice();
    // Ten wrong passwords from ten addresses close the account to unknown browsers …
    for (let i = 0; i < 10; i++) {
      const guess = await signIn(
        { username: "sam", password: `guess ${i}` },
        { from: `10.0.0.${i}` },
      );
      expect(guess.statusCode).toBe(401);
    }
    const stranger = await signIn({ username: "sam", password: "guess 10" }, { from: "10.0.1.1" });
    expect(stranger.statusCode).toBe(429);
    expect(stranger.json().error.message).toContain("a device you have signed in on before");
    // … but not to the browser the owner signed in on, from any address, right away.
    expect((await signIn(OWNER, { cookie: device, from: "192.0.2.1" })).statusCode).toBe(200);
    expect((await signIn(OWNER, { cookie: device, from: "10.0.1.1" })).statusCode).toBe(200);
  });

  it("does not let a local process lock out the owner's browser on the same address", async () => {
    t = await createTestApp(engine);
    const device = await ownerWithDevice();
    // Every local client shares 127.0.0.1: a process guessing as fast as it is allowed to.
    let failures = 0;
    while (failures < 12) {
      const guess = await signIn({ username: "sam", password: `guess ${failures}` });
      if (guess.statusCode === 429) t.clock.advance(Number(guess.headers["retry-after"]) * 1000);
      else failures += Number(guess.statusCode === 401);
    }
    expect((await signIn({ username: "sam", password: "one more" })).statusCode).toBe(429);
    expect((await signIn(OWNER)).statusCode).toBe(429);
    expect((await signIn(OWNER, { cookie: device })).statusCode).toBe(200);
  });

  it("blocks erasing the account from nowhere but the guessing browser itself", async () => {
    t = await createTestApp(engine);
    const device = await ownerWithDevice();
    const session = cookieFrom(await signIn(OWNER, { cookie: device }), "reconnect_session");
    for (let i = 0; i < 12; i++) {
      await signIn({ username: "sam", password: `guess ${i}` }, { from: `10.0.0.${i}` });
    }
    const erased = await t.app.inject({
      method: "DELETE",
      url: "/api/me",
      headers: { "content-type": "application/json", cookie: `${session}; ${device}` },
      payload: JSON.stringify({ password: OWNER.password }),
    });
    expect(erased.statusCode).toBe(204);
  });

  it("believes only the configured proxies: invented X-Forwarded-For entries do not escape the delay", async () => {
    t = await createTestApp(engine, { trustProxy: 1 });
    await ownerWithDevice();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const guess = await signIn(
        { username: "sam", password: `guess ${i}` },
        // The client invents the left entry; the proxy (the socket) appends the real address.
        { from: "10.9.9.9", headers: { "x-forwarded-for": `198.51.100.${i}, 203.0.113.5` } },
      );
      statuses.push(guess.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  });

  it("counts every spelling that folds to one account as that one account", async () => {
    t = await createTestApp(engine);
    await t.member("iris");
    // One fold on both engines (`foldName`): "İ" is "i", so every spelling is the account.
    const spellings = ["İrİs", "IRIS", "Iris", "iris"];
    const sameAccount: string[] = [];
    for (const name of spellings) {
      if ((await findUserByUsername(t.store.db, name))?.username === "iris") sameAccount.push(name);
    }
    expect(sameAccount).toEqual(spellings);
    const statuses: number[] = [];
    for (const username of sameAccount) {
      statuses.push(
        (await signIn({ username, password: "not it" }, { from: "10.2.2.2" })).statusCode,
      );
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(
      (await signIn({ username: "iris", password: "not it" }, { from: "10.2.2.2" })).statusCode,
    ).toBe(429);
  });

  it("keeps no typed name or address in the clear, and none of the account after erasure", async () => {
    t = await createTestApp(engine);
    const device = await ownerWithDevice();
    const session = cookieFrom(await signIn(OWNER, { cookie: device }), "reconnect_session");
    await signIn({ username: "sam", password: "wrong" }, { from: "10.3.3.3" });
    await signIn({ username: "Sam", password: "wrong" }, { cookie: device });
    await signIn({ username: "samantha-typo", password: "wrong" }, { from: "10.3.3.3" });
    const keys = async () =>
      (await t.store.db.selectFrom("sign_in_failures").select("key").execute()).map((r) => r.key);
    const before = await keys();
    expect(before.length).toBeGreaterThan(3);
    for (const key of before) {
      // Digests and device ids are long base64url runs, which can spell "sAm" by chance; a typed
      // name or an address in the clear would show outside them.
      expect(key.replace(/[A-Za-z0-9_-]{32,}/g, "#")).not.toMatch(/sam|10\.3\.3\.3|127\.0\.0\.1/i);
    }
    const me = (
      await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: `${session}` } })
    ).json();
    expect(before.some((key) => key.includes(me.id))).toBe(true);

    const erased = await t.app.inject({
      method: "DELETE",
      url: "/api/me",
      headers: { "content-type": "application/json", cookie: `${session}; ${device}` },
      payload: JSON.stringify({ password: OWNER.password }),
    });
    expect(erased.statusCode).toBe(204);
    const after = await keys();
    expect(after.filter((key) => key.includes(me.id))).toEqual([]);
    // What stays is about the address and the other name, which were never this account's.
    expect(after.filter((key) => key.startsWith("pair:user:") || key.startsWith("user:"))).toEqual(
      [],
    );
    expect(await t.store.db.selectFrom("known_devices").selectAll().execute()).toEqual([]);
  });

  it("counts no failure against the place of an erasure given the right password", async () => {
    t = await createTestApp(engine);
    const owner = await t.owner();
    // Erased from a browser the account does not know (its device cookie was cleared): the try
    // is counted before the password is checked, and the right password takes it back.
    const erased = await t.app.inject({
      method: "DELETE",
      url: "/api/me",
      remoteAddress: "10.4.4.4",
      headers: { "content-type": "application/json", cookie: owner.sessionCookie ?? "" },
      payload: JSON.stringify({ password: OWNER.password }),
    });
    expect(erased.statusCode).toBe(204);
    expect(await t.store.db.selectFrom("sign_in_failures").selectAll().execute()).toEqual([]);
  });
});

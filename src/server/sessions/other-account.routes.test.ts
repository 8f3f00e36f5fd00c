import { afterEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * The session cookie is the browser's, shared by every tab: another person signing in in one tab
 * swaps the session under a page still showing the person before. The app names, on every
 * request, the account it believes it is signed in as; a request naming another account than its
 * session's is refused before anything is read or written.
 */

const DAY = "2026-11-28";
const HEADER = "X-Reconnect-Account";

/** The client's request with the page's account named in the header. */
function asPageOf(c: ApiClient, accountId: string) {
  const headers = { [HEADER]: accountId };
  return {
    get: (url: string) => c.request("GET", url, undefined, headers),
    put: (url: string, body: unknown) => c.request("PUT", url, body, headers),
    post: (url: string, body: unknown) => c.request("POST", url, body, headers),
  };
}

async function idOf(c: ApiClient): Promise<string> {
  const me = await c.get("/api/me");
  expect(me.statusCode, me.body).toBe(200);
  return me.json().id;
}

async function moodsOf(c: ApiClient): Promise<number[]> {
  const list = await c.get(`/api/checkins?from=${DAY}&to=${DAY}`);
  expect(list.statusCode, list.body).toBe(200);
  return list.json().checkins.map((checkin: { mood: number }) => checkin.mood);
}

describe.each(engines)("a page signed in as someone else than its session, on %s", (engine) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it("is answered as always when the header names the session's own account", async () => {
    t = await createTestApp(engine);
    const sam = await t.owner();
    const page = asPageOf(sam, await idOf(sam));
    expect((await page.get("/api/me")).json().username).toBe("sam");
    // Twice: the second save is the one PostgreSQL's own statement checks (the owner is known).
    for (const mood of [4, 5]) {
      const saved = await page.put(`/api/checkins/${DAY}`, { mood });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    expect(await moodsOf(sam)).toEqual([5]);
  });

  it("is 401 other-account, nothing read or written, when it names another account", async () => {
    t = await createTestApp(engine);
    const sam = await t.owner();
    const samsId = await idOf(sam);
    const robin = await t.member("robin");
    await idOf(robin);
    // Sam's tab, with the browser's cookie now Robin's.
    const samsTab = asPageOf(robin, samsId);

    for (const refused of [
      await samsTab.get("/api/me"),
      await samsTab.get(`/api/checkins?from=${DAY}&to=${DAY}`),
      // The save PostgreSQL checks in its own statement, with Robin's session already known.
      await samsTab.put(`/api/checkins/${DAY}`, { mood: 2, note: "Sam's words" }),
      await samsTab.post("/api/thoughts", { thought: "Sam's words" }),
    ]) {
      expect(refused.statusCode, refused.body).toBe(401);
      expect(refused.json().error.code).toBe("other-account");
      expect(refused.body).not.toContain("robin");
      expect(refused.headers["set-cookie"]).toBeUndefined();
    }
    expect(await moodsOf(robin)).toEqual([]);
    expect((await robin.get("/api/thoughts")).body).not.toContain("Sam's words");
    expect(await moodsOf(sam)).toEqual([]);
    // The same thought, from a page that is Robin's, is saved: the refusal was the header's.
    const robinsOwn = await asPageOf(robin, await idOf(robin)).post("/api/thoughts", {
      thought: "Robin's words",
    });
    expect(robinsOwn.statusCode, robinsOwn.body).toBe(201);
    // Robin's session is untouched: Robin's own tab carries on.
    expect((await asPageOf(robin, await idOf(robin)).get("/api/me")).statusCode).toBe(200);
  });

  it("is answered as always without the header (other clients)", async () => {
    t = await createTestApp(engine);
    const robin = await t.member("robin");
    const saved = await robin.put(`/api/checkins/${DAY}`, { mood: 7 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await moodsOf(robin)).toEqual([7]);
  });

  it("leaves routes that take no session alone, and says nothing without a session", async () => {
    t = await createTestApp(engine);
    const sam = await t.owner();
    const samsId = await idOf(sam);
    const robin = await t.member("robin");
    const samsTab = asPageOf(robin, samsId);
    // Asking who is signed in is how the page learns it is someone else now.
    const session = await samsTab.get("/api/session");
    expect(session.statusCode).toBe(200);
    expect(session.json().user?.username).toBe("robin");
    expect((await samsTab.get("/api/crisis-resources")).statusCode).toBe(200);
    // Signing in again from Sam's tab works as any sign-in does.
    const again = await samsTab.post("/api/session", {
      username: "sam",
      password: "a quiet morning walk",
    });
    expect(again.statusCode, again.body).toBe(200);
    // With no session at all, the answer is the usual one, whatever the header names.
    const nobody = asPageOf(t.client(), samsId);
    const refused = await nobody.get("/api/me");
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe("unauthorized");
  });
});

import { describe, expect, it } from "vitest";
import { type ApiClient, OWNER } from "../../../test/support/api-client.js";
import { required } from "../../../test/support/required.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";

/*
 * A browser sends every cookie of a name whose path and domain fit the address: one left from
 * before the app moved (another path, or the whole domain) comes beside the one the app sets,
 * and often first. Such a request is answered as the one person its live sessions belong to,
 * whichever cookie comes first; when they belong to two people it is answered as signed out,
 * since nothing says which of them is at the keyboard. Signing in ends every session the cookies
 * name, so it always mends the browser; signing out ends every one of them, so nobody stays in.
 */

const DAY = "2026-11-28";

/** The `reconnect_session=…` of a client's cookie header. */
const cookieOf = (c: ApiClient) => required(c.sessionCookie, "a signed-in client");

/** A client sending these cookies, in this order, in one Cookie header. */
function carrying(c: ApiClient, ...cookies: string[]): ApiClient {
  c.sessionCookie = cookies.join("; ");
  return c;
}

describe.each(engines)("a request with two session cookies, on %s", (engine) => {
  const s = useTwoPeople(engine);

  /** A cookie whose session has ended: signed in, then out. */
  async function staleCookie(): Promise<string> {
    const c = await s.app.member("stale");
    const cookie = cookieOf(c);
    expect((await c.delete("/api/session")).statusCode).toBe(204);
    return cookie;
  }

  it("is the person whose session is live, when the first cookie is stale", async () => {
    const stale = await staleCookie();
    const robin = await s.app.member("robin-first-stale");
    const live = cookieOf(robin);
    const both = carrying(s.app.client(), stale, live);

    const me = await both.get("/api/me");
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().username).toBe("robin-first-stale");
    expect((await both.get("/api/session")).json().user?.username).toBe("robin-first-stale");
    // A save, whose own statement checks the session on PostgreSQL, is theirs too.
    const saved = await both.put(`/api/checkins/${DAY}`, { mood: 6 });
    expect(saved.statusCode, saved.body).toBe(200);
    const theirs = await carrying(s.app.client(), live).get(`/api/checkins?from=${DAY}&to=${DAY}`);
    expect(theirs.json().checkins.map((c: { mood: number }) => c.mood)).toEqual([6]);
    // The other order reads the same.
    const reversed = await carrying(s.app.client(), live, stale).get("/api/me");
    expect(reversed.json().username).toBe("robin-first-stale");
  });

  it("is signed out, and acts for nobody, when the cookies are two people's", async () => {
    const robin = await s.app.member("robin-two");
    const kim = await s.app.member("kim-two");
    for (const order of [
      [cookieOf(robin), cookieOf(kim)],
      [cookieOf(kim), cookieOf(robin)],
    ]) {
      const both = carrying(s.app.client(), ...order);
      const me = await both.get("/api/me");
      expect(me.statusCode, me.body).toBe(401);
      const session = await both.get("/api/session");
      expect(session.json().user).toBeNull();
      // Neither cookie is cleared: clearing the app's own would leave the browser sending only
      // the other's, and the next request would be answered as that other person.
      expect(session.headers["set-cookie"]).toBeUndefined();
      const saved = await carrying(s.app.client(), ...order).put(`/api/checkins/${DAY}`, {
        mood: 2,
      });
      expect(saved.statusCode, saved.body).toBe(401);
      // The sessions themselves go on, each in its own browser.
      for (const one of [robin, kim]) {
        const own = await carrying(s.app.client(), cookieOf(one)).get(
          `/api/checkins?from=${DAY}&to=${DAY}`,
        );
        expect(own.statusCode).toBe(200);
        expect(own.json().checkins).toEqual([]);
      }
    }
  });

  it("is mended by signing in: both named sessions end, and the new one is all that counts", async () => {
    const robin = await s.app.member("robin-mend");
    const kim = await s.app.member("kim-mend");
    const kimsOld = cookieOf(kim);
    const browser = carrying(s.app.client(), kimsOld, cookieOf(robin));
    const signedIn = await browser.post("/api/session", OWNER);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    // The browser replaces the cookie the app set; the one from elsewhere stays, and comes first.
    const mended = carrying(s.app.client(), kimsOld, cookieOf(browser));
    const me = await mended.get("/api/me");
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().username).toBe(OWNER.username);
    expect((await carrying(s.app.client(), kimsOld).get("/api/me")).statusCode).toBe(401);
    expect((await carrying(s.app.client(), cookieOf(robin)).get("/api/me")).statusCode).toBe(401);
  });

  it("signs out of every session its cookies name", async () => {
    const first = await s.app.member("robin-out");
    const second = s.app.client();
    expect(
      (
        await second.post("/api/session", {
          username: "robin-out",
          password: "robin-out's own password",
        })
      ).statusCode,
    ).toBe(200);
    const both = carrying(s.app.client(), cookieOf(first), cookieOf(second));
    expect((await both.get("/api/me")).json().username).toBe("robin-out");
    const out = await carrying(s.app.client(), cookieOf(first), cookieOf(second)).delete(
      "/api/session",
    );
    expect(out.statusCode, out.body).toBe(204);
    expect((await carrying(s.app.client(), cookieOf(second)).get("/api/me")).statusCode).toBe(401);
    expect((await carrying(s.app.client(), cookieOf(first)).get("/api/me")).statusCode).toBe(401);
  });

  it("reads no more than 8 of them: more are answered as signed out", async () => {
    const robin = await s.app.member("robin-many");
    const stale = Array.from({ length: 7 }, (_, i) => `reconnect_session=gone-${i}`);
    const eight = carrying(s.app.client(), ...stale, cookieOf(robin));
    expect((await eight.get("/api/me")).json().username).toBe("robin-many");
    const nine = carrying(s.app.client(), ...stale, "reconnect_session=gone-7", cookieOf(robin));
    expect((await nine.get("/api/me")).statusCode).toBe(401);
  });
});

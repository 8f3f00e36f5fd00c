import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { rawRequest } from "../../../test/support/raw-request.js";
import { required } from "../../../test/support/required.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * Signing out ends the session the request carries. Two sign-outs of one session (a double tap,
 * two tabs, a retry) answer the same on both engines and whether they come one after the other
 * or at once: the first 204, the other 401, as for any request on a session that has ended.
 */
describe.each(engines)("signing out twice on %s", (engine) => {
  let t: TestApp;
  let base = "";
  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.owner();
    base = await t.app.listen({ host: "127.0.0.1", port: 0 });
  });
  afterAll(() => t.close());

  /** A new session of the owner's, as the cookie header that carries it. */
  async function newSession(): Promise<Record<string, string>> {
    const client = t.client();
    expect((await client.post("/api/session", OWNER)).statusCode).toBe(200);
    const cookie = required(client.sessionCookie, "the new session");
    return { cookie, "content-type": "application/json" };
  }
  const signOut = async (headers: Record<string, string>) => {
    const response = await t.app.inject({ method: "DELETE", url: "/api/session", headers });
    return { status: response.statusCode, body: response.body };
  };
  const signOutOverHttp = async (headers: Record<string, string>) => {
    const response = await rawRequest(base, "DELETE", "/api/session", headers);
    return { status: response.status, body: response.body };
  };
  const statuses = (answers: { status: number }[]) => answers.map((a) => a.status).sort();

  it("one after the other: 204, then 401 session-ended", async () => {
    const headers = await newSession();
    const first = await signOut(headers);
    const second = await signOut(headers);
    expect([first.status, second.status]).toEqual([204, 401]);
    expect(JSON.parse(second.body).error.code).toBe("session-ended");
  });

  it("both at once in the process: one 204 and one 401, the same as one after the other", async () => {
    for (let round = 0; round < 5; round++) {
      const headers = await newSession();
      const answers = await Promise.all([signOut(headers), signOut(headers)]);
      expect(statuses(answers), `round ${round}`).toEqual([204, 401]);
      const refused = answers.find((a) => a.status === 401);
      expect(JSON.parse(required(refused, "the 401").body).error.code).toBe("session-ended");
    }
  });

  it("both at once over HTTP: one 204 and one 401", async () => {
    for (let round = 0; round < 5; round++) {
      const headers = await newSession();
      const answers = await Promise.all([signOutOverHttp(headers), signOutOverHttp(headers)]);
      expect(statuses(answers), `round ${round}`).toEqual([204, 401]);
    }
  });

  it("ends only that session: the person's other one goes on", async () => {
    const other = await newSession();
    const headers = await newSession();
    await Promise.all([signOut(headers), signOut(headers)]);
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: other });
    expect(me.statusCode).toBe(200);
    expect((await signOut(headers)).status).toBe(401);
  });
});

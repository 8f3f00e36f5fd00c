import { afterEach, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { FREE_FAILURES } from "./sign-in-throttle.js";

const GUESSES = 24;

/**
 * Guesses sent all at once must meet the same limit as guesses sent one after another. Each is
 * counted before its password is checked (which takes tens of milliseconds): counted after, a
 * burst of any size all passed the check before the first failure was written, so one address
 * could try thousands of passwords every fifteen minutes instead of a handful.
 */
describe.each(engines)("guesses sent at the same moment on %s", (engine) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  const statusesOf = (responses: { statusCode: number }[]) => {
    const counts: Record<number, number> = {};
    for (const { statusCode } of responses) counts[statusCode] = (counts[statusCode] ?? 0) + 1;
    return counts;
  };

  it("check no more passwords than guesses one by one would, and slow the rest", async () => {
    t = await createTestApp(engine);
    await t.owner();
    const burst = await Promise.all(
      Array.from({ length: GUESSES }, (_, i) =>
        t
          .client("10.9.9.9")
          .post("/api/session", { username: OWNER.username, password: `guess number ${i}` }),
      ),
    );
    expect(statusesOf(burst)).toEqual({ 401: FREE_FAILURES, 429: GUESSES - FREE_FAILURES });
  });

  it("let the right password through when it comes beside a few wrong ones", async () => {
    t = await createTestApp(engine);
    await t.owner();
    const tries = [`${OWNER.password}!`, OWNER.password];
    const answers = await Promise.all(
      tries.map((password) =>
        t.client("10.9.9.8").post("/api/session", { username: OWNER.username, password }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([401, 200]);
    // The right one cleared this place's count: a typo now is one free try again, not a wait.
    const typo = await t
      .client("10.9.9.8")
      .post("/api/session", { username: OWNER.username, password: "typo" });
    expect(typo.statusCode).toBe(401);
  });

  it("hold a borrowed session to the same limit when it guesses by changing the password", async () => {
    t = await createTestApp(engine);
    const owner = await t.owner();
    // The owner's session, carried from another place.
    const borrowed = t.client("10.9.9.7");
    borrowed.sessionCookie = owner.sessionCookie;
    const burst = await Promise.all(
      Array.from({ length: GUESSES }, (_, i) =>
        borrowed.put("/api/me/password", {
          currentPassword: `guess number ${i}`,
          newPassword: "a brand new long password",
        }),
      ),
    );
    const counts = statusesOf(burst);
    expect(counts[429]).toBe(GUESSES - FREE_FAILURES);
  });
});

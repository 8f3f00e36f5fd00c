import { afterEach, describe, expect, it, vi } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { hashPassword } from "../accounts/password-hash.js";

/*
 * A sign-in is counted as a failure before its password is checked (claimSignInTry), and the
 * count is let go only once the sign-in succeeds. The password checked may be replaced while it
 * is checked (a change, a reset): the sign-in then answers 401 as any wrong password does, and
 * must count as one, or whoever holds an old password could try again and again without the
 * limit ever closing.
 */
describe.each(engines)(
  "a sign-in whose password is replaced while it is checked on %s",
  (engine) => {
    let t: TestApp;
    afterEach(async () => {
      vi.restoreAllMocks();
      await t.close();
    });

    const failures = async () =>
      (await t.store.db.selectFrom("sign_in_failures").select("key").execute()).length;

    it("stays counted as a failure when the re-check refuses it", async () => {
      t = await createTestApp(engine);
      await t.member("robin");
      expect(await failures()).toBe(0);
      const newHash = await hashPassword("a new password of robin's");
      // The password is reset the moment the sign-in is counted: after the account was read and
      // before its session could start, as a reset made during the check would be.
      const write = t.store.write.bind(t.store);
      vi.spyOn(t.store, "write").mockImplementationOnce(async (work) => {
        await t.store.db
          .updateTable("users")
          .set({ password_hash: newHash })
          .where("id", "=", "member-robin")
          .execute();
        return write(work);
      });

      const signIn = await t
        .client("203.0.113.7")
        .post("/api/session", { username: "robin", password: "robin's own password" });

      expect(signIn.statusCode).toBe(401);
      expect(signIn.json()).toMatchObject({ error: { code: "wrong-credentials" } });
      // Counted under the place, the account and the two together, as any wrong password.
      expect(await failures()).toBe(3);
    });

    it("is let go for the right password on a paused account, so the person is told of the pause, not to wait", async () => {
      t = await createTestApp(engine);
      await t.member("robin");
      await t.store.db
        .updateTable("users")
        .set({ disabled_at: "2026-12-01T10:00:00.000Z" })
        .where("id", "=", "member-robin")
        .execute();
      // Someone told "paused" tries again now and then, as a person waiting to be let back in does.
      for (let i = 0; i < 5; i++) {
        const signIn = await t
          .client("203.0.113.7")
          .post("/api/session", { username: "robin", password: "robin's own password" });
        expect(signIn.json()).toMatchObject({ error: { code: "account-paused" } });
      }
      expect(await failures()).toBe(0);
    });

    it("is let go when the server fails after the right password, so a hiccup is never a guess", async () => {
      t = await createTestApp(engine);
      await t.member("robin");
      // The try is counted (the first write), then the session cannot be started: a database
      // busy past its wait under load, say.
      const write = t.store.write.bind(t.store);
      vi.spyOn(t.store, "write")
        .mockImplementationOnce((work) => write(work))
        .mockImplementationOnce(async () => {
          throw new Error("the database is busy");
        });
      const signIn = await t
        .client("203.0.113.7")
        .post("/api/session", { username: "robin", password: "robin's own password" });
      expect(signIn.statusCode).toBe(500);
      expect(await failures()).toBe(0);
    });

    it("is let go once the session really starts", async () => {
      t = await createTestApp(engine);
      await t.member("robin");
      const signIn = await t
        .client("203.0.113.7")
        .post("/api/session", { username: "robin", password: "robin's own password" });
      expect(signIn.statusCode).toBe(200);
      expect(await failures()).toBe(0);
    });
  },
);

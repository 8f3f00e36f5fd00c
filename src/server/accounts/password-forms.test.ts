import argon2 from "argon2";
import { afterEach, describe, expect, it } from "vitest";
import {
  COMPOSED,
  DECOMPOSED,
  insertOldAccount as insertOldAccountInto,
} from "../../../test/support/old-form-account.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { findUserByUsername } from "./user.repository.js";

describe.each(engines)("a password typed in either Unicode form on %s", (engine) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  const signIn = (username: string, password: string) =>
    t.client().post("/api/session", { username, password });

  it("opens an account set up in one form when typed in the other", async () => {
    expect(COMPOSED).not.toBe(DECOMPOSED);
    t = await createTestApp(engine);
    const setup = await t.client().post("/api/setup", { username: "mai", password: DECOMPOSED });
    expect(setup.statusCode).toBe(201);
    expect((await signIn("mai", COMPOSED)).statusCode).toBe(200);
    expect((await signIn("mai", DECOMPOSED)).statusCode).toBe(200);
  });

  it("takes the current password in the other form when it is changed", async () => {
    t = await createTestApp(engine);
    const mai = t.client();
    expect((await mai.post("/api/setup", { username: "mai", password: COMPOSED })).statusCode).toBe(
      201,
    );
    const changed = await mai.put("/api/me/password", {
      currentPassword: DECOMPOSED,
      newPassword: "a new long password",
    });
    expect(changed.statusCode).toBe(204);
  });

  const insertOldAccount = (role?: "owner" | "member") => insertOldAccountInto(t.store.db, role);

  it("still opens an account whose password was kept as typed, before forms were made one", async () => {
    t = await createTestApp(engine);
    await insertOldAccount();
    expect((await signIn("old", DECOMPOSED)).statusCode).toBe(200);
    expect((await signIn("old", "crème brûlée at dusk")).statusCode).toBe(401);
  });

  /** The account's stored hash, as the next sign-in will check it. */
  const storedHash = async (username: string) =>
    (await findUserByUsername(t.store.db, username))?.password_hash;

  it("keeps the password in one form from the first sign-in that needed the old one", async () => {
    t = await createTestApp(engine);
    const asTyped = await insertOldAccount();
    expect((await signIn("old", DECOMPOSED)).statusCode).toBe(200);

    // Made again from the one form, with the options of every new hash.
    const renewed = await storedHash("old");
    expect(renewed).not.toBe(asTyped);
    expect(renewed).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await argon2.verify(renewed ?? "", COMPOSED)).toBe(true);

    // From now on either keyboard's form opens it, through the one form, and nothing changes.
    expect((await signIn("old", COMPOSED)).statusCode).toBe(200);
    expect((await signIn("old", DECOMPOSED)).statusCode).toBe(200);
    expect(await storedHash("old")).toBe(renewed);
  });

  it("leaves a hash already made in the one form as it is", async () => {
    t = await createTestApp(engine);
    await t.client().post("/api/setup", { username: "mai", password: DECOMPOSED });
    const made = await storedHash("mai");
    expect((await signIn("mai", DECOMPOSED)).statusCode).toBe(200);
    expect((await signIn("mai", COMPOSED)).statusCode).toBe(200);
    expect(await storedHash("mai")).toBe(made);
  });

  it("renews nothing on a wrong password", async () => {
    t = await createTestApp(engine);
    const asTyped = await insertOldAccount();
    expect((await signIn("old", "crème brûlée at dusk".normalize("NFD"))).statusCode).toBe(401);
    expect(await storedHash("old")).toBe(asTyped);
  });

  it("opens the account to two first sign-ins at once, the second after the first renewed it", async () => {
    t = await createTestApp(engine);
    await insertOldAccount();
    // Two devices at the same moment: both read the old hash, both need the old form's
    // fallback, and one renewal lands first. The other must check again, not refuse the
    // right password.
    const phone = t.client();
    const laptop = t.client();
    const [first, second] = await Promise.all([
      phone.post("/api/session", { username: "old", password: DECOMPOSED }),
      laptop.post("/api/session", { username: "old", password: DECOMPOSED }),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    for (const device of [phone, laptop]) {
      expect((await device.get("/api/session")).json().user?.username).toBe("old");
    }
    const renewed = await storedHash("old");
    expect(await argon2.verify(renewed ?? "", COMPOSED)).toBe(true);
  });

  it("never renews over a reset made while the old password was being checked", async () => {
    t = await createTestApp(engine);
    const owner = await t.owner();
    await insertOldAccount("member");
    const device = t.client();
    // Whichever lands first, the reset is the last word: the old password opens nothing after.
    const [signedIn, reset] = await Promise.all([
      device.post("/api/session", { username: "old", password: DECOMPOSED }),
      owner.post("/api/accounts/u-old/password-reset"),
    ]);
    expect(reset.statusCode).toBe(201);
    expect([200, 401]).toContain(signedIn.statusCode);
    const after = await storedHash("old");
    expect(await argon2.verify(after ?? "", COMPOSED)).toBe(false);
    expect(await argon2.verify(after ?? "", DECOMPOSED)).toBe(false);
    expect((await device.get("/api/session")).json().user).toBeNull();
    expect((await signIn("old", DECOMPOSED)).statusCode).toBe(401);
  });
});

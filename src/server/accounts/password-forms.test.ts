import argon2 from "argon2";
import { afterEach, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { findUserByUsername, insertUser } from "./user.repository.js";

// One password, as two keyboards may type it: "é" as one character (NFC, most keyboards) or as
// "e" and a combining accent (NFD: some Vietnamese and Korean input methods, text copied from a
// macOS file name). A person sees and types the same password either way.
const COMPOSED = "crème brûlée at dawn".normalize("NFC");
const DECOMPOSED = COMPOSED.normalize("NFD");

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

  /**
   * "old", an account as Reconnect kept it before passwords were made one form: the hash of the
   * characters exactly as they came (DECOMPOSED). Answers that hash.
   */
  const insertOldAccount = async () => {
    const asTyped = await argon2.hash(DECOMPOSED, { type: argon2.argon2id });
    await insertUser(t.store.db, {
      id: "u-old",
      username: "old",
      password_hash: asTyped,
      role: "owner",
      created_at: "2026-11-01T00:00:00.000Z",
    });
    return asTyped;
  };

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
});

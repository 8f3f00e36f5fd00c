import argon2 from "argon2";
import { afterEach, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { insertUser } from "./user.repository.js";

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

  it("still opens an account whose password was kept as typed, before forms were made one", async () => {
    t = await createTestApp(engine);
    await insertUser(t.store.db, {
      id: "u-old",
      username: "old",
      // What Reconnect kept before: the hash of the characters exactly as they came.
      password_hash: await argon2.hash(DECOMPOSED, { type: argon2.argon2id }),
      role: "owner",
      created_at: "2026-11-01T00:00:00.000Z",
    });
    expect((await signIn("old", DECOMPOSED)).statusCode).toBe(200);
    expect((await signIn("old", "crème brûlée at dusk")).statusCode).toBe(401);
  });
});

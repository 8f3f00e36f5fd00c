import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { inviteAndJoin, tokenOfLink } from "../../../test/support/invite.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/**
 * A point in the server's own work where a test may hold one request (the next to reach it) while
 * something else happens, then let it go on: the pause lands exactly there on either engine.
 */
interface Hold {
  /** Resolves once the request has reached the point and is held there. */
  reached: Promise<void>;
  release(): void;
}

const holds = vi.hoisted(() => ({
  hashing: undefined as (() => Promise<void>) | undefined,
  checking: undefined as (() => Promise<void>) | undefined,
  startingSession: undefined as (() => Promise<void>) | undefined,
}));

// The new password is hashed after the account was read and before anything is written: argon2id
// takes long enough for an admin's pause to land in between.
vi.mock("../accounts/password-hash.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../accounts/password-hash.js")>();
  return {
    ...real,
    async hashPassword(password: string) {
      const wait = holds.hashing;
      holds.hashing = undefined;
      await wait?.();
      return real.hashPassword(password);
    },
    // A sign-in's check of the password, after the account was read.
    async checkPassword(hash: string, password: string) {
      const wait = holds.checking;
      holds.checking = undefined;
      await wait?.();
      return real.checkPassword(hash, password);
    },
  };
});

// The session starts after the new password is written, in a write of its own.
vi.mock("../sessions/sign-in.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../sessions/sign-in.js")>();
  return {
    ...real,
    async startSession(...args: Parameters<typeof real.startSession>) {
      const wait = holds.startingSession;
      holds.startingSession = undefined;
      await wait?.();
      return real.startSession(...args);
    },
  };
});

function hold(at: keyof typeof holds): Hold {
  let reached = () => {};
  let release = () => {};
  const reachedPromise = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  holds[at] = async () => {
    reached();
    await released;
  };
  return { reached: reachedPromise, release };
}

const ROBIN = { username: "robin", password: "robin's own password" };
const NEW_PASSWORD = "a new password for robin";

/**
 * A reset link of an account that is paused while the link is being used: the pause is the last
 * word, and the link sets no password and starts no session after it (docs/SAFETY.md).
 */
describe.each(engines)("pausing an account while its reset link is used on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  let robinId: string;
  let link: string;
  /** The account's hash once the reset made the old password unusable. */
  let resetHash: string;

  beforeEach(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
    const robin = await inviteAndJoin(t, owner, ROBIN);
    robinId = (await robin.get("/api/me")).json().id;
    const reset = await owner.post(`/api/accounts/${robinId}/password-reset`);
    link = `/api/invitations/${tokenOfLink(reset.json().url)}`;
    resetHash = await storedHash();
  });
  afterEach(async () => {
    holds.hashing = undefined;
    holds.startingSession = undefined;
    holds.checking = undefined;
    await t.close();
  });

  async function storedHash(): Promise<string> {
    const row = await t.store.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", robinId)
      .executeTakeFirstOrThrow();
    return row.password_hash;
  }
  const sessionsOfRobin = async () =>
    (
      await t.store.db
        .selectFrom("sessions")
        .select("token_hash")
        .where("user_id", "=", robinId)
        .execute()
    ).length;
  const pause = (disabled: boolean) =>
    owner.request("PATCH", `/api/accounts/${robinId}`, { disabled });
  const accept = (device: ApiClient) => device.post(`${link}/accept`, { password: NEW_PASSWORD });

  /** Nothing of the refused reset is kept: the link works once the account is opened again. */
  async function expectNothingWritten(device: ApiClient) {
    expect(await storedHash()).toBe(resetHash);
    expect(await sessionsOfRobin()).toBe(0);
    expect((await device.get("/api/session")).json().user).toBeNull();
    expect((await pause(false)).statusCode).toBe(200);
    const later = await accept(t.client());
    expect(later.statusCode).toBe(201);
  }

  it("refuses a new password sent after the account was paused behind the open form", async () => {
    const device = t.client();
    expect((await device.get(link)).json()).toMatchObject({ kind: "reset", username: "robin" });
    expect((await pause(true)).statusCode).toBe(200);
    const sent = await accept(device);
    expect(sent.statusCode).toBe(403);
    expect(sent.json().error.code).toBe("account-paused");
    await expectNothingWritten(device);
  });

  it("refuses a new password whose reset was under way when the account was paused", async () => {
    const device = t.client();
    expect((await device.get(link)).statusCode).toBe(200);
    // The account was read (not paused yet) and the new password is being hashed.
    const hashing = hold("hashing");
    const sending = accept(device);
    await hashing.reached;
    expect((await pause(true)).statusCode).toBe(200);
    hashing.release();
    const sent = await sending;
    expect(sent.statusCode).toBe(403);
    expect(sent.json().error.code).toBe("account-paused");
    await expectNothingWritten(device);
  });

  it("starts no session for a reset the pause came just after", async () => {
    const device = t.client();
    // The new password is written; the pause lands before the session starts.
    const starting = hold("startingSession");
    const sending = accept(device);
    await starting.reached;
    expect((await pause(true)).statusCode).toBe(200);
    starting.release();
    const sent = await sending;
    // The reset came first and stands (the link is used, the new password is the account's),
    // but the account is paused now: no session, and the same answer as signing in gets.
    expect(sent.statusCode).toBe(403);
    expect(sent.json().error.code).toBe("account-paused");
    expect(await storedHash()).not.toBe(resetHash);
    expect(await sessionsOfRobin()).toBe(0);
    expect((await device.get("/api/session")).json().user).toBeNull();
    expect((await pause(false)).statusCode).toBe(200);
    const signIn = await t
      .client()
      .post("/api/session", { username: "robin", password: NEW_PASSWORD });
    expect(signIn.statusCode).toBe(200);
  });

  it("starts no session for a sign-in whose password was being checked as the account was paused", async () => {
    expect((await accept(t.client())).statusCode).toBe(201);
    const device = t.client();
    const checking = hold("checking");
    const signingIn = device.post("/api/session", { username: "robin", password: NEW_PASSWORD });
    await checking.reached;
    expect((await pause(true)).statusCode).toBe(200);
    checking.release();
    const signedIn = await signingIn;
    expect(signedIn.statusCode).toBe(403);
    expect(signedIn.json().error.code).toBe("account-paused");
    expect(await sessionsOfRobin()).toBe(0);
    expect((await device.get("/api/session")).json().user).toBeNull();
  });
});

import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { hashPassword } from "../../src/server/accounts/password-hash.js";
import { insertUser } from "../../src/server/accounts/user.repository.js";
import { type AppOptions, buildApp } from "../../src/server/app.js";
import type { Engine } from "../../src/server/db/database.js";
import { ApiClient, OWNER } from "./api-client.js";
import { required } from "./required.js";
import { createTestStore, type TestStore, type TestStoreOptions } from "./stores.js";
import { type TestClock, testContext } from "./test-context.js";

export interface TestApp {
  app: FastifyInstance;
  store: TestStore;
  clock: TestClock;
  /** A client signed out, from `remoteAddress` when given (each place has its own sign-in count). */
  client(remoteAddress?: string): ApiClient;
  /** A client already signed in as the owner. */
  owner(): Promise<ApiClient>;
  /** A second person on the same server (a member, as on a shared server), signed in. */
  member(username?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

export async function createTestApp(
  engine: Engine = "sqlite",
  options: AppOptions = {},
  storeOptions: TestStoreOptions = {},
): Promise<TestApp> {
  const store = await createTestStore(engine, storeOptions);
  const ctx = testContext(store);
  const app = await buildApp(ctx, { webRoot: "/nonexistent", ...options });
  return {
    app,
    store,
    clock: ctx.clock,
    client: (remoteAddress?: string) => new ApiClient(app, remoteAddress),
    async owner() {
      const client = new ApiClient(app);
      const response = await client.post("/api/setup", OWNER);
      if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
      return client;
    },
    async member(username = "robin") {
      const password = `${username}'s own password`;
      await insertUser(store.db, {
        id: `member-${username}`,
        username,
        password_hash: await hashPassword(password),
        role: "member",
        created_at: "2026-11-01T00:00:00.000Z",
      });
      const client = new ApiClient(app);
      const response = await client.post("/api/session", { username, password });
      if (response.statusCode !== 200) throw new Error(`member sign-in failed: ${response.body}`);
      return client;
    },
    async close() {
      await app.close();
      await store.dispose();
    },
  };
}

export interface Server {
  readonly app: TestApp;
  /** The owner, signed in. */
  readonly owner: ApiClient;
  /** A member (robin), signed in; only when asked for with `member: true`. */
  readonly member: ApiClient;
}

export interface ServerOptions {
  /** A fresh server for every test, for tests that each start from nothing; else one per block. */
  freshEachTest?: boolean;
  /** Also sign in a member beside the owner, for tests of what one person may see of another. */
  member?: boolean;
}

/**
 * A server on `engine` with its owner (and a member, when asked) signed in, made before and
 * closed after the tests of the describe block it is called in: the setup every route test
 * repeats. Read `app`, `owner` and `member` inside tests and hooks, once they are made.
 */
export function useServer(
  engine: Engine,
  { freshEachTest = false, member: withMember = false }: ServerOptions = {},
): Server {
  let app: TestApp | undefined;
  let owner: ApiClient | undefined;
  let member: ApiClient | undefined;
  const open = async () => {
    app = await createTestApp(engine);
    owner = await app.owner();
    member = withMember ? await app.member() : undefined;
  };
  const close = async () => {
    await app?.close();
    app = owner = member = undefined;
  };
  if (freshEachTest) {
    beforeEach(open);
    afterEach(close);
  } else {
    beforeAll(open);
    afterAll(close);
  }
  return {
    get app() {
      return required(app, "The test app");
    },
    get owner() {
      return required(owner, "The owner's client");
    },
    get member() {
      return required(member, "The member's client (useServer with member: true)");
    },
  };
}

export type TwoPeople = Server;

/** The owner and a member on one fresh server per describe block, for the two-people tests. */
export function useTwoPeople(engine: Engine): TwoPeople {
  return useServer(engine, { member: true });
}

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { hashPassword } from "../../src/server/accounts/password-hash.js";
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
  client(): ApiClient;
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
    client: () => new ApiClient(app),
    async owner() {
      const client = new ApiClient(app);
      const response = await client.post("/api/setup", OWNER);
      if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
      return client;
    },
    async member(username = "robin") {
      const password = `${username}'s own password`;
      await store.db
        .insertInto("users")
        .values({
          id: `member-${username}`,
          username,
          password_hash: await hashPassword(password),
          role: "member",
          created_at: "2026-11-01T00:00:00.000Z",
        })
        .execute();
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

export interface TwoPeople {
  readonly app: TestApp;
  readonly owner: ApiClient;
  readonly member: ApiClient;
}

/** The owner and a member on one fresh server per describe block, for the two-people tests. */
export function useTwoPeople(engine: Engine): TwoPeople {
  let app: TestApp | undefined;
  let owner: ApiClient | undefined;
  let member: ApiClient | undefined;
  beforeAll(async () => {
    app = await createTestApp(engine);
    owner = await app.owner();
    member = await app.member();
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    get app() {
      return required(app, "The test app");
    },
    get owner() {
      return required(owner, "The owner's client");
    },
    get member() {
      return required(member, "The member's client");
    },
  };
}

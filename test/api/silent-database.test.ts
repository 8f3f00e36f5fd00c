import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { openPostgresStore } from "../../src/server/db/open-store.js";
import { startServer } from "../../src/server/main.js";
import { newShareToken } from "../../src/server/shares/share-token.js";
import { TEST_POSTGRES_URL } from "../support/stores.js";
import { testContext } from "../support/test-context.js";

const PASSWORD = "pw-that-must-never-be-printed";

/** A "PostgreSQL" that accepts connections and never says a word. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: open one, note it, close it. */
async function closedPort(): Promise<number> {
  const { port, close } = await silentServer();
  await close();
  return port;
}

async function startError(databaseUrl: string): Promise<string> {
  const started = startServer({
    host: "127.0.0.1",
    port: 0,
    dataDir: "/nonexistent",
    databaseUrl,
    trustProxy: 0,
  });
  const error = await started.then(
    async (server) => {
      await server.close();
      throw new Error("the server started against a database that cannot be used");
    },
    (e: unknown) => e,
  );
  return error instanceof Error ? error.message : String(error);
}

describe("a PostgreSQL that accepts connections and never answers", () => {
  let silent: Awaited<ReturnType<typeof silentServer>> | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  const inject = (url: string, headers: Record<string, string> = {}) => {
    if (!app) throw new Error("beforeAll did not run");
    return app.inject({ method: "GET", url, headers });
  };

  beforeAll(async () => {
    silent = await silentServer();
    const store = openPostgresStore(
      `postgres://reconnect:${PASSWORD}@127.0.0.1:${silent.port}/reconnect`,
      { connectMs: 1_000, statementMs: 1_000, queryMs: 1_000 },
    );
    app = await buildApp(testContext(store), { webRoot: "/nonexistent" });
  });
  afterAll(async () => {
    await app?.close();
    await silent?.close();
  });

  it("answers /healthz with 503 within 2 seconds", async () => {
    const started = Date.now();
    const response = await inject("/healthz");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe("database-unavailable");
  });

  it("answers API calls with 503 database-unavailable, not 500, and does not hang", async () => {
    for (const [url, headers] of [
      ["/api/session", {}],
      ["/api/me", { cookie: "reconnect_session=some-token" }],
    ] as const) {
      const started = Date.now();
      const response = await inject(url, headers);
      expect(Date.now() - started, url).toBeLessThan(5_000);
      expect(response.statusCode, url).toBe(503);
      expect(response.json().error.code).toBe("database-unavailable");
      expect(response.headers["retry-after"]).toBe("5");
      expect(response.body).not.toMatch(/pg|postgres|timeout|stack/i);
    }
  });

  it("answers a share link with an HTML page a supporter can read", async () => {
    const response = await inject(`/s/${newShareToken()}`);
    expect(response.statusCode).toBe(503);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toContain("can't be shown just now");
    expect(response.body).toContain('href="/crisis"');
  });

  it("is explained at start, without the password", async () => {
    if (!silent) throw new Error("beforeAll did not run");
    const message = await startError(
      `postgres://reconnect:${PASSWORD}@127.0.0.1:${silent.port}/reconnect`,
    );
    expect(message).toContain(`PostgreSQL at 127.0.0.1:${silent.port} did not answer in time`);
    expect(message).not.toContain(PASSWORD);
    expect(message).not.toContain("migration");
  }, 15_000);
});

describe("an unreachable database at start is explained, never with the password", () => {
  it("says when the connection was refused", async () => {
    const port = await closedPort();
    const message = await startError(`postgres://reconnect:${PASSWORD}@127.0.0.1:${port}/x`);
    expect(message).toBe(
      `PostgreSQL at 127.0.0.1:${port} refused the connection. Is PostgreSQL running and listening on that address and port?`,
    );
  });

  it("says when the host name is unknown", async () => {
    const message = await startError(
      `postgres://reconnect:${PASSWORD}@no-such-host.invalid:5432/reconnect`,
    );
    expect(message).toBe(
      'The database host "no-such-host.invalid" could not be found. Check the host name in DATABASE_URL.',
    );
  }, 15_000);

  it("says when the database does not exist", async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = "/reconnect_no_such_database";
    url.password = PASSWORD;
    const message = await startError(url.toString());
    expect(message).toContain('has no database called "reconnect_no_such_database"');
    expect(message).toContain("createdb reconnect_no_such_database");
    expect(message).not.toContain(PASSWORD);
  });
});

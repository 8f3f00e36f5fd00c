import { buildApp } from "./app.js";
import type { Config } from "./config.js";
import { openMigratedStore } from "./db/open-store.js";
import { forgetOldDevices } from "./sessions/known-device.js";
import { deleteExpiredSessions } from "./sessions/session.repository.js";
import { pruneSignInFailures } from "./sessions/sign-in-failure.repository.js";
import { WINDOW_MS } from "./sessions/sign-in-throttle.js";
import { forgetExpiredShareWords } from "./shares/share.repository.js";
import { systemContext } from "./system-context.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the store, applies migrations, and listens. Used by `reconnect start` and `npm start`. */
export async function startServer(config: Config): Promise<RunningServer> {
  const { store } = await openMigratedStore(config);
  const ctx = systemContext(store);
  // Old sessions and old failed sign-ins (which hold names and addresses) are kept no longer
  // than they are needed.
  await deleteExpiredSessions(store.db, ctx.now().toISOString());
  await pruneSignInFailures(store.db, new Date(ctx.now().getTime() - WINDOW_MS).toISOString());
  await forgetOldDevices(store.db, ctx.now());
  // An ended share card keeps only its dates, for its link's "no longer active" page.
  await forgetExpiredShareWords(store.db, ctx.now().toISOString());
  const app = await buildApp(ctx, {
    logger: { level: "info" },
    trustProxy: config.trustProxy,
    hostNames: [config.host, config.publicUrl],
    shareReach: { publicUrl: config.publicUrl, listenHost: config.host },
  });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

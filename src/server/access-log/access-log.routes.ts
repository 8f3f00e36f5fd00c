import type { FastifyInstance } from "fastify";
import type { AppContext } from "../app-context.js";
import { currentUser } from "../sessions/session-guard.js";
import { readAccessLog } from "./access-log.js";

export function accessLogRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/access-log", async (request) => {
    const user = currentUser(request);
    return { entries: await readAccessLog(ctx.store.db, user.id, ctx.now()) };
  });
}

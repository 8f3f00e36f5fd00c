import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/healthz", async () => {
    try {
      await sql`select 1`.execute(ctx.store.db);
    } catch {
      throw new AppError(503, "database-unavailable", "The database is not answering yet.");
    }
    return { status: "ok" };
  });
}

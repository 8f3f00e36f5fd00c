import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";

/**
 * A monitor asking "are you well?" needs an answer quickly, so a database that does not answer
 * within this long counts as down: /healthz then answers 503 well inside two seconds.
 */
export const HEALTH_DEADLINE_MS = 1_500;

const unavailable = () =>
  new AppError(503, "database-unavailable", "The database is not answering yet.");

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/healthz", async () => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), HEALTH_DEADLINE_MS);
    });
    try {
      const answer = await Promise.race([sql`select 1`.execute(ctx.store.db), deadline]);
      if (answer === "late") throw unavailable();
    } catch {
      throw unavailable();
    } finally {
      clearTimeout(timer);
    }
    return { status: "ok" };
  });
}

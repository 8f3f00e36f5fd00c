import type { FastifyInstance } from "fastify";
import type { AccountCounts } from "../../core/export/export-document.schema.js";
import type { AppContext } from "../app-context.js";
import { currentUser } from "../sessions/session-guard.js";
import { countHoldings } from "./account-counts.js";
import { readSnapshot } from "./read-snapshot.js";

/**
 * How much the account holds, for the question a replace asks first. Numbers only, and nothing
 * written, not even the access log: no record leaves, unlike an export, which is noted there.
 */
export function accountCountsRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/me/counts", async (request): Promise<AccountCounts> => {
    const user = currentUser(request);
    const counts = await readSnapshot(ctx.store, (trx) => countHoldings(trx, user.id));
    return { counts };
  });
}

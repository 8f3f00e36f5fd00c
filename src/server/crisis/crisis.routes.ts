import type { FastifyInstance } from "fastify";
import { crisisResourcesFor } from "../../core/crisis/crisis-resources.js";
import { returnPath } from "../../core/crisis/return-path.js";
import type { AppContext } from "../app-context.js";
import { optionalUser } from "../sessions/session-guard.js";
import { renderCrisisPage } from "./crisis.page.js";
import { crisisStyles } from "./crisis.styles.js";
import { regionOf, regionQuery } from "./region-of-request.js";

export function crisisRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/crisis-resources", { config: { query: regionQuery } }, async (request) => {
    const { known: _known, ...resources } = crisisResourcesFor(regionOf(request));
    return resources;
  });

  app.get("/crisis", async (request, reply) => {
    // The page must answer even if the session cannot be read: help never waits on an account.
    const user = await optionalUser(ctx, request, reply).catch(() => undefined);
    return (
      reply
        // It differs by who is signed in, so no shared cache may keep one person's copy for another.
        .header("cache-control", "private, no-cache")
        .type("text/html; charset=utf-8")
        .send(
          renderCrisisPage(crisisResourcesFor(regionOf(request)), {
            signedIn: user !== undefined,
            // The screen the person left for help, so "Back to Reconnect" returns there.
            backTo: returnPath((request.query as { from?: unknown } | undefined)?.from),
          }),
        )
    );
  });

  app.get("/crisis.css", async (_request, reply) => {
    return reply
      .header("cache-control", "public, max-age=3600")
      .type("text/css; charset=utf-8")
      .send(crisisStyles);
  });
}

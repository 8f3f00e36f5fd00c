import type { FastifyInstance } from "fastify";
import { crisisResourcesFor } from "../../core/crisis/crisis-resources.js";
import { regionOf } from "../crisis/region-of-request.js";
import { renderSupportPage } from "./support.page.js";
import { supportStyles } from "./support.styles.js";

/**
 * The public supporter guide. Not under /api, so the session guard leaves it alone: a partner or
 * friend reads it from a shared link, with no account.
 */
export function supportRoutes(app: FastifyInstance): void {
  app.get("/support", async (request, reply) => {
    return reply
      .header("cache-control", "no-cache")
      .type("text/html; charset=utf-8")
      .send(renderSupportPage(crisisResourcesFor(regionOf(request))));
  });

  app.get("/support.css", async (_request, reply) => {
    return reply
      .header("cache-control", "public, max-age=3600")
      .type("text/css; charset=utf-8")
      .send(supportStyles);
  });
}

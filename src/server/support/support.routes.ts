import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import {
  crisisResourcesFor,
  parseAcceptLanguage,
  regionFromLanguages,
} from "../../core/crisis/crisis-resources.js";
import { renderSupportPage } from "./support.page.js";
import { supportStyles } from "./support.styles.js";

// Lenient on purpose, as on /crisis: a mistyped region must still show the guide and help lines.
const regionQuery = z.object({ region: z.string().max(16).optional() }).loose();

function regionOf(request: FastifyRequest): string {
  const parsed = regionQuery.safeParse(request.query);
  const asked = parsed.success ? parsed.data.region?.trim() : undefined;
  if (asked) return asked;
  return regionFromLanguages(parseAcceptLanguage(request.headers["accept-language"]));
}

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

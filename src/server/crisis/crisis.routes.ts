import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import {
  crisisResourcesFor,
  parseAcceptLanguage,
  regionFromLanguages,
} from "../../core/crisis/crisis-resources.js";
import { renderCrisisPage } from "./crisis.page.js";
import { crisisStyles } from "./crisis.styles.js";

// Lenient on purpose: a mistyped region must still show help, never an error page.
const regionQuery = z.object({ region: z.string().max(16).optional() }).loose();

function regionOf(request: FastifyRequest): string {
  const parsed = regionQuery.safeParse(request.query);
  const asked = parsed.success ? parsed.data.region?.trim() : undefined;
  if (asked) return asked;
  return regionFromLanguages(parseAcceptLanguage(request.headers["accept-language"]));
}

export function crisisRoutes(app: FastifyInstance): void {
  app.get("/api/crisis-resources", async (request) => {
    const { known: _known, ...resources } = crisisResourcesFor(regionOf(request));
    return resources;
  });

  app.get("/crisis", async (request, reply) => {
    return reply
      .header("cache-control", "no-cache")
      .type("text/html; charset=utf-8")
      .send(renderCrisisPage(crisisResourcesFor(regionOf(request))));
  });

  app.get("/crisis.css", async (_request, reply) => {
    return reply
      .header("cache-control", "public, max-age=3600")
      .type("text/css; charset=utf-8")
      .send(crisisStyles);
  });
}

import type { FastifyInstance } from "fastify";
import { crisisResourcesFor } from "../../core/crisis/crisis-resources.js";
import { renderCrisisPage } from "./crisis.page.js";
import { crisisStyles } from "./crisis.styles.js";
import { regionOf } from "./region-of-request.js";

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

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { fhirBundle } from "../../core/fhir/fhir-bundle.js";
import { recordAccess } from "../access-log/access-log.js";
import type { AppContext } from "../app-context.js";
import { listAssessments } from "../assessments/assessment.repository.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import { stableUuid } from "./stable-uuid.js";

/** The media type FHIR gives its JSON (R4, section 3.1.0.1.6). */
export const FHIR_JSON = "application/fhir+json";

const noQuery = z.strictObject({});

export function fhirRoutes(app: FastifyInstance, ctx: AppContext): void {
  // The person's questionnaires for a health record: their own rows only, by their session alone.
  // No HEAD (405, see http/method-not-allowed.ts): it would build the bundle only to drop it, and
  // note an export in the access log that never was.
  app.get("/api/export/fhir", { exposeHeadRoute: false }, async (request, reply) => {
    parse(noQuery, request.query, "address");
    const user = currentUser(request);
    const exportedAt = ctx.now().toISOString();
    const assessments = await listAssessments(ctx.store.db, user.id);
    await recordAccess(ctx, request, user.id, "export");
    // Ids depend on the account, so two people's exports never share one.
    const bundle = fhirBundle(assessments, (name) => stableUuid(`${user.id}/${name}`), exportedAt);
    return reply
      .type(`${FHIR_JSON}; charset=utf-8`)
      .header(
        "content-disposition",
        `attachment; filename="reconnect-fhir-${exportedAt.slice(0, 10)}.json"`,
      )
      .send(JSON.stringify(bundle));
  });
}

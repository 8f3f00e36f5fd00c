import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  assessmentRequestSchema,
  instrumentIds,
} from "../../core/assessments/assessment.schema.js";
import type { AppContext } from "../app-context.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import { listAssessments, saveAssessment } from "./assessment.repository.js";

const listQuery = z.strictObject({
  instrument: z
    .enum(instrumentIds, { error: `must be ${instrumentIds.map((id) => `"${id}"`).join(" or ")}` })
    .optional(),
});

export function assessmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post("/api/assessments", async (request, reply) => {
    const input = parse(assessmentRequestSchema, request.body, "questionnaire");
    const user = currentUser(request);
    const saved = await saveAssessment(
      ctx.store.db,
      user.id,
      ctx.newId(),
      input,
      ctx.now().toISOString(),
    );
    return reply.status(201).send(saved);
  });

  app.get("/api/assessments", { config: { query: listQuery } }, async (request) => {
    const { instrument } = parse(listQuery, request.query, "query");
    const user = currentUser(request);
    return { assessments: await listAssessments(ctx.store.db, user.id, instrument) };
  });
}

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  thoughtRecordInputSchema,
  thoughtSearchSchema,
} from "../../core/thoughts/thought.schema.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import { recordFromInput } from "./thought.mapper.js";
import {
  deleteThoughtRecord,
  getThoughtRecord,
  insertThoughtRecord,
  listThoughtRecords,
  thoughtTrapCounts,
  updateThoughtRecord,
} from "./thought.repository.js";

const idParams = z.object({ id: z.string().min(1).max(100) });

// The same answer for a record that never existed and for someone else's, so an id reveals nothing.
const notFound = () =>
  new AppError(404, "not-found", "We couldn't find that thought record. It may have been deleted.");

export function thoughtRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/thoughts", { config: { query: thoughtSearchSchema } }, async (request) => {
    const { q } = parse(thoughtSearchSchema, request.query, "query");
    const user = currentUser(request);
    const [thoughts, trapCounts] = await Promise.all([
      listThoughtRecords(ctx.store.db, user.id, q),
      thoughtTrapCounts(ctx.store.db, user.id),
    ]);
    return { thoughts, trapCounts };
  });

  app.post("/api/thoughts", async (request, reply) => {
    const input = parse(thoughtRecordInputSchema, request.body, "thought record");
    const user = currentUser(request);
    const now = ctx.now().toISOString();
    const record = recordFromInput(ctx.newId(), input, { createdAt: now, updatedAt: now });
    await insertThoughtRecord(ctx.store.db, user.id, record);
    return reply.status(201).send(record);
  });

  app.get("/api/thoughts/:id", async (request) => {
    const { id } = parse(idParams, request.params, "address");
    const user = currentUser(request);
    const record = await getThoughtRecord(ctx.store.db, user.id, id);
    if (!record) throw notFound();
    return record;
  });

  app.put("/api/thoughts/:id", async (request) => {
    const { id } = parse(idParams, request.params, "address");
    const input = parse(thoughtRecordInputSchema, request.body, "thought record");
    const user = currentUser(request);
    const now = ctx.now().toISOString();
    // createdAt here is a placeholder: the update keeps the stored one and returns it.
    const record = recordFromInput(id, input, { createdAt: now, updatedAt: now });
    const saved = await updateThoughtRecord(ctx.store.db, user.id, record);
    if (!saved) throw notFound();
    return saved;
  });

  app.delete("/api/thoughts/:id", async (request, reply) => {
    const { id } = parse(idParams, request.params, "address");
    const user = currentUser(request);
    if (!(await deleteThoughtRecord(ctx.store.db, user.id, id))) throw notFound();
    return reply.status(204).send();
  });
}

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  type ThoughtRecord,
  thoughtRecordInputSchema,
  thoughtSearchSchema,
} from "../../core/thoughts/thought.schema.js";
import { entityTag } from "../../core/versions/entity-tag.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { invalidCondition, saveConditionOf } from "../http/save-condition.js";
import { currentUser } from "../sessions/session-guard.js";
import { recordFromInput } from "./thought.mapper.js";
import {
  deleteThoughtRecordIf,
  getThoughtRecord,
  insertThoughtRecord,
  listThoughtRecords,
  thoughtTrapCounts,
  updateThoughtRecordIf,
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
    // Through the write queue, as every save: on SQLite it waits for another process's write
    // lock without holding up everyone else's requests (see db/sqlite-dialect.ts).
    await ctx.store.write((trx) => insertThoughtRecord(trx, user.id, record));
    return reply.status(201).send(record);
  });

  app.get("/api/thoughts/:id", async (request) => {
    const { id } = parse(idParams, request.params, "address");
    const user = currentUser(request);
    const record = await getThoughtRecord(ctx.store.db, user.id, id);
    if (!record) throw notFound();
    return record;
  });

  app.put("/api/thoughts/:id", async (request, reply) => {
    const { id } = parse(idParams, request.params, "address");
    const input = parse(thoughtRecordInputSchema, request.body, "thought record");
    // A PUT never makes a record (POST does), so "only if there is none" could never hold.
    if (request.headers["if-none-match"] !== undefined) {
      throw invalidCondition("if-none-match", "is not taken here: a new record is made with POST");
    }
    const condition = saveConditionOf(request.headers);
    const user = currentUser(request);
    const now = ctx.now().toISOString();
    // createdAt here is a placeholder: the update keeps the stored one and returns it.
    const record = recordFromInput(id, input, { createdAt: now, updatedAt: now });
    const result = await ctx.store.write((trx) =>
      updateThoughtRecordIf(trx, user.id, record, condition),
    );
    if (result.outcome === "not-found") throw notFound();
    if (result.outcome === "refused") return reply.status(409).send(conflictAnswer(result.current));
    return reply.header("etag", entityTag(result.record.updatedAt)).send(result.record);
  });

  app.delete("/api/thoughts/:id", async (request, reply) => {
    const { id } = parse(idParams, request.params, "address");
    // As for PUT: a delete never makes a record, so "only if there is none" could never hold.
    if (request.headers["if-none-match"] !== undefined) {
      throw invalidCondition("if-none-match", "is not taken here: a record is only ever deleted");
    }
    const condition = saveConditionOf(request.headers);
    const user = currentUser(request);
    const result = await ctx.store.write((trx) =>
      deleteThoughtRecordIf(trx, user.id, id, condition),
    );
    if (result.outcome === "not-found") throw notFound();
    if (result.outcome === "refused") return reply.status(409).send(conflictAnswer(result.current));
    return reply.status(204).send();
  });
}

/**
 * The record as it is now travels with the refusal, so the device can show both texts side by
 * side without asking again; nothing was written.
 */
function conflictAnswer(current: ThoughtRecord | undefined) {
  return {
    error: {
      code: "thought-conflict",
      message:
        "This thought record was changed somewhere else since this device last saw it. Nothing was overwritten: choose which version to keep.",
      fields: { id: "was changed elsewhere" },
    },
    current: current ?? null,
  };
}

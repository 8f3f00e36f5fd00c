import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { checkinInputSchema, localDateSchema } from "../../core/checkins/checkin.schema.js";
import { addDays, daysBetween } from "../../core/dates/local-date.js";
import type { AppContext } from "../app-context.js";
import { readCache } from "../db/read-cache.js";
import { AppError } from "../errors/app-error.js";
import { localToday } from "../http/local-today.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import {
  checkinSpan,
  deleteCheckin,
  joinedCheckinDocs,
  saveCheckin,
} from "./checkin.repository.js";

const MAX_RANGE_DAYS = 20 * 366;

const dateParams = z.object({ date: localDateSchema });
const rangeQuery = z.strictObject({
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});

const noQuery = z.strictObject({});

export function checkinRoutes(app: FastifyInstance, ctx: AppContext): void {
  // The history screen asks for the same weeks on every visit; the answer holds until a write.
  // Kept as the encoded body, so a repeat costs neither re-encoding nor measuring 9 KB of text.
  // Bounded in bytes: a range can reach 20 years of notes.
  const rangeBodies = readCache<Buffer>(ctx.store, {
    weigh: (body) => body.length,
    budget: 16 * 1024 * 1024,
  });

  app.put("/api/checkins/:date", async (request) => {
    const { date } = parse(dateParams, request.params, "address");
    const input = parse(checkinInputSchema, request.body, "check-in");
    const user = currentUser(request);
    const updatedAt = ctx.now().toISOString();
    return ctx.store.write((trx) => saveCheckin(trx, user.id, date, input, updatedAt));
  });

  app.get("/api/checkins", async (request, reply) => {
    const query = parse(rangeQuery, request.query, "query");
    const to = query.to ?? localToday(request, ctx);
    const from = query.from ?? addDays(to, -27);
    if (from > to) {
      throw new AppError(400, "invalid-range", "`from` must be on or before `to`.", {
        from: "is after to",
      });
    }
    if (daysBetween(from, to) > MAX_RANGE_DAYS) {
      throw new AppError(400, "invalid-range", "Please ask for at most 20 years at a time.", {
        from: "is more than 20 years before to",
      });
    }
    const user = currentUser(request);
    // Each document was made from a validated check-in when it was saved; joining them is the
    // whole cost of the response.
    const body = await rangeBodies.read(`${user.id} ${from} ${to}`, async () => {
      const docs = await joinedCheckinDocs(ctx.store.db, user.id, from, to);
      return Buffer.from(`{"checkins":[${docs}]}`);
    });
    return reply.type("application/json; charset=utf-8").send(body);
  });

  // Registered beside `/:date` routes; "span" is no date, and only GET answers it.
  app.get("/api/checkins/span", async (request) => {
    parse(noQuery, request.query, "query");
    const user = currentUser(request);
    return checkinSpan(ctx.store.db, user.id);
  });

  app.delete("/api/checkins/:date", async (request, reply) => {
    const { date } = parse(dateParams, request.params, "address");
    const user = currentUser(request);
    await deleteCheckin(ctx.store.db, user.id, date);
    return reply.status(204).send();
  });
}

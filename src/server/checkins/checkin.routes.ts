import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  type Checkin,
  checkinInputSchema,
  localDateSchema,
} from "../../core/checkins/checkin.schema.js";
import { addDays } from "../../core/dates/local-date.js";
import { entityTag } from "../../core/versions/entity-tag.js";
import type { AppContext } from "../app-context.js";
import { personVersionCache } from "../db/person-version-cache.js";
import { readCache } from "../db/read-cache.js";
import { checkRange, type RangeRule } from "../http/date-range.js";
import { localToday } from "../http/local-today.js";
import { parse } from "../http/parse.js";
import { saveConditionOf } from "../http/save-condition.js";
import {
  currentUser,
  SESSION_CHECKED_BY_ROUTE,
  sessionChecked,
  sessionFirstErrorHandler,
  sessionOf,
  sessionRefused,
} from "../sessions/session-guard.js";
import { checkinSpan, deleteCheckinIf, joinedCheckinDocs } from "./checkin.repository.js";
import { saveCheckinIf } from "./checkin-save.js";
import { rangeOf, rangeQuery } from "./range-query.js";

const CHECKIN_RANGE: RangeRule = {
  maxYears: 20,
  longest: "20 years",
  fromDefault: "27 days before to",
  toDefault: "today",
};
// Bounded in bytes: a range can reach 20 years of notes.
const RANGE_BODIES_BYTES = 16 * 1024 * 1024;
// How long another process may hold a month of a person it has not heard from: see
// db/person-version-cache.ts (an account erased elsewhere).
const VERSIONED_BODY_MAX_AGE_MS = 60_000;

const dateParams = z.object({ date: localDateSchema });

const noQuery = z.strictObject({});

export function checkinRoutes(app: FastifyInstance, ctx: AppContext): void {
  // The history screen asks for the same weeks on every visit; the answer holds until a write.
  // Kept as the encoded body, so a repeat costs neither re-encoding nor measuring 9 KB of text.
  const rangeBodies = readCache<Buffer>(ctx.store, {
    weigh: (body) => body.length,
    budget: RANGE_BODIES_BYTES,
  });
  // PostgreSQL, which other processes may share, has no cheap sign of their writes for the
  // cache above. There the person's check-ins counter, read with the session, decides instead.
  const versionedBodies = ctx.store.changes
    ? undefined
    : personVersionCache<Buffer>({
        weigh: (body) => body.length,
        budget: RANGE_BODIES_BYTES,
        maxAgeMs: VERSIONED_BODY_MAX_AGE_MS,
      });
  if (versionedBodies) app.addHook("onClose", async () => versionedBodies.close());

  // On PostgreSQL the save's own statement checks the session (migration 0014): one round trip
  // instead of two. A request that fails before that statement runs is still answered 401 first
  // when it carries no good session.
  const checksOwnSession = ctx.store.engine === "postgres";
  app.put(
    "/api/checkins/:date",
    checksOwnSession
      ? { config: { ...SESSION_CHECKED_BY_ROUTE }, errorHandler: sessionFirstErrorHandler(ctx) }
      : {},
    async (request, reply) => {
      const { date } = parse(dateParams, request.params, "address");
      const input = parse(checkinInputSchema, request.body, "check-in");
      const condition = saveConditionOf(request.headers);
      const session = sessionOf(request);
      const now = ctx.now();
      const result = await saveCheckinIf(
        ctx.store,
        session,
        date,
        input,
        condition,
        now.toISOString(),
      );
      if (result.outcome === "signed-out") throw await sessionRefused(ctx, request);
      if (!session.checked) {
        await sessionChecked(ctx, request, reply, result.sessionExpiresAt, now);
      }
      if (result.outcome === "refused") {
        // The day as it is now travels with the refusal, so the device can show both versions
        // side by side without asking again; nothing was written.
        return reply.status(409).send(conflictAnswer(result.current));
      }
      return reply.header("etag", entityTag(result.checkin.updatedAt)).send(result.checkin);
    },
  );

  app.get("/api/checkins", { config: { query: rangeQuery } }, async (request, reply) => {
    const query = rangeOf(request.query);
    const to = query.to ?? localToday(request, ctx);
    const from = query.from ?? addDays(to, -27);
    checkRange(query, from, to, CHECKIN_RANGE);
    const user = currentUser(request);
    // Each document was made from a validated check-in when it was saved; joining them is the
    // whole cost of the response.
    const key = `${user.id} ${from} ${to}`;
    const load = async () => {
      const docs = await joinedCheckinDocs(ctx.store.db, user.id, from, to);
      return Buffer.from(`{"checkins":[${docs}]}`);
    };
    const body = versionedBodies
      ? await versionedBodies.read(key, user.checkinsVersion, load)
      : await rangeBodies.read(key, load);
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
    const condition = saveConditionOf(request.headers);
    const user = currentUser(request);
    // In a transaction of its own: the person is locked before the day (accounts/person-lock.ts).
    const result = await ctx.store.write((trx) => deleteCheckinIf(trx, user.id, date, condition));
    if (result.outcome === "refused") return reply.status(409).send(conflictAnswer(result.current));
    return reply.status(204).send();
  });
}

/**
 * The day as it is now travels with the refusal, so the device can show both versions side by
 * side without asking again; nothing was written.
 */
function conflictAnswer(current: Checkin | undefined) {
  return {
    error: {
      code: "checkin-conflict",
      message:
        "This day was changed somewhere else since this device last saw it. Nothing was overwritten: choose which version to keep.",
      fields: { date: "was changed elsewhere" },
    },
    current: current ?? null,
  };
}

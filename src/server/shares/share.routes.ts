import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { addDays, localDateOf } from "../../core/dates/local-date.js";
import { shareAddress } from "../../core/shares/card-message.js";
import {
  keptLabel,
  keptMessage,
  SHARE_DAY_MS,
  SHARE_DEFAULT_DAYS,
  shareCreateSchema,
  shareUpdateSchema,
} from "../../core/shares/share.schema.js";
import { recordOpen } from "../access-log/access-log.js";
import type { AppContext } from "../app-context.js";
import { DatabaseUnavailableError } from "../db/database-unavailable.js";
import { AppError } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import { hashToken } from "../sessions/session-token.js";
import { isActive, type PublicCard, shareFromRow } from "./share.mapper.js";
import { renderSharePage, renderUnavailablePage, shareStyles } from "./share.page.js";
import {
  countStepDays,
  findShareByTokenHash,
  forgetExpiredShareWords,
  getShare,
  insertShare,
  listShares,
  revokeShare,
  updateShare,
} from "./share.repository.js";
import { sendGone } from "./share-gone.js";
import { type ShareReach, shareLinks } from "./share-reach.js";
import { newShareToken, SHARE_TOKEN_PATTERN } from "./share-token.js";

const idParams = z.object({ id: z.string().min(1).max(100) });
// Lenient: any path segment reaches the handler, which answers the same plain page for all.
const tokenParams = z.object({ token: z.string() }).loose();

// The same answer for a card that never existed and for someone else's, so an id reveals nothing.
const notFound = () =>
  new AppError(404, "not-found", "We couldn't find that share card. It may have been removed.");

export function shareRoutes(app: FastifyInstance, ctx: AppContext, reach: ShareReach = {}): void {
  const links = shareLinks(reach);
  app.post("/api/shares", async (request, reply) => {
    const input = parse(shareCreateSchema, request.body, "share card");
    const user = currentUser(request);
    const now = ctx.now();
    const token = newShareToken();
    const days = input.expiresInDays ?? SHARE_DEFAULT_DAYS;
    const row = {
      id: ctx.newId(),
      user_id: user.id,
      token_hash: hashToken(token),
      energy: input.energy,
      contact: input.contact,
      message: keptMessage(input.message),
      label: keptLabel(input.label),
      show_steps: input.showSteps ? 1 : 0,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      expires_at: new Date(now.getTime() + days * SHARE_DAY_MS).toISOString(),
      revoked_at: null,
    };
    await insertShare(ctx.store.db, row);
    // The one time the token leaves the server: only its hash is kept, so it cannot be shown again.
    return reply
      .status(201)
      .header("cache-control", "no-store")
      .send({
        ...shareFromRow(row, row.created_at),
        url: shareAddress(`/s/${token}`, links.publicUrl),
      });
  });

  app.get("/api/shares", async (request) => {
    parse(z.strictObject({}), request.query, "query");
    const user = currentUser(request);
    const now = ctx.now().toISOString();
    await forgetExpiredShareWords(ctx.store.db, now, user.id);
    const rows = await listShares(ctx.store.db, user.id);
    return { shares: rows.map((row) => shareFromRow(row, now)), links };
  });

  app.patch("/api/shares/:id", async (request) => {
    const { id } = parse(idParams, request.params, "address");
    const changes = parse(shareUpdateSchema, request.body, "share card");
    const user = currentUser(request);
    const now = ctx.now().toISOString();
    const row = await updateShare(ctx.store.db, user.id, id, changes, now);
    if (row) return shareFromRow(row, now);
    if (!(await getShare(ctx.store.db, user.id, id))) throw notFound();
    throw new AppError(
      409,
      "share-inactive",
      "This link is no longer active, so it can't be changed. You can make a new one.",
    );
  });

  app.delete("/api/shares/:id", async (request, reply) => {
    const { id } = parse(idParams, request.params, "address");
    const user = currentUser(request);
    if (!(await revokeShare(ctx.store.db, user.id, id, ctx.now().toISOString()))) {
      throw notFound();
    }
    return reply.status(204).send();
  });

  // Public and outside /api, so the session guard never runs here: no session is read, none is
  // renewed, and no cookie is set. The token is never logged (request logging is off) and the
  // page's links carry no referrer (Referrer-Policy: no-referrer on every response).
  app.get("/s/:token", async (request, reply) => {
    try {
      return await sharePage(request, reply);
    } catch (error) {
      // A supporter opening the link gets a page they can read, never an error object.
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      return reply
        .status(503)
        .header("cache-control", "no-store")
        .header("retry-after", "60")
        .type("text/html; charset=utf-8")
        .send(renderUnavailablePage());
    }
  });

  async function sharePage(request: FastifyRequest, reply: FastifyReply) {
    // Not through parse(): whatever the address holds, a supporter gets the same plain page.
    const parsed = tokenParams.safeParse(request.params);
    const token = parsed.success ? parsed.data.token : "";
    if (!SHARE_TOKEN_PATTERN.test(token)) return sendGone(reply, 404);
    const row = await findShareByTokenHash(ctx.store.db, hashToken(token));
    if (!row) return sendGone(reply, 404);
    const now = ctx.now();
    if (!isActive(row, now.toISOString())) return sendGone(reply, 410);
    const share = shareFromRow(row, now.toISOString());
    const card: PublicCard = {
      energy: share.energy,
      contact: share.contact,
      expiresAt: share.expiresAt,
    };
    if (share.message !== undefined) card.message = share.message;
    // A link preview may ask HEAD: it gets the page's status and headers from the token alone,
    // and no "share-opened" in the person's access log, since nobody saw the card.
    if (request.method === "HEAD") {
      return reply.header("cache-control", "no-store").type("text/html; charset=utf-8").send();
    }
    await recordOpen(ctx, request, row.user_id, "share-opened");
    if (share.showSteps) {
      // "Small steps" are check-in days with a connection until Plan records steps of its own.
      const today = localDateOf(now);
      card.steps = await countStepDays(ctx.store.db, row.user_id, addDays(today, -6), today);
    }
    return reply
      .header("cache-control", "no-store")
      .type("text/html; charset=utf-8")
      .send(renderSharePage(card));
  }

  app.get("/share.css", async (_request, reply) => {
    return reply
      .header("cache-control", "public, max-age=3600")
      .type("text/css; charset=utf-8")
      .send(shareStyles);
  });
}

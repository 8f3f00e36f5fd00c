import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Role } from "../../core/accounts/account.schema.js";
import { noteLastSeen } from "../accounts/last-seen.js";
import type { AppContext } from "../app-context.js";
import type { Store } from "../db/database.js";
import { type ReadCache, readCache } from "../db/read-cache.js";
import { unauthorized } from "../errors/app-error.js";
import { type ActiveSession, extendSession, findActiveSession } from "./session.repository.js";
import { SESSION_COOKIE, SESSION_MS, setSessionCookie } from "./session-cookie.js";
import { hashToken } from "./session-token.js";

export interface SessionUser {
  id: string;
  username: string;
  role: Role;
  tokenHash: string;
  /** The person's check-ins counter, read with the session by this request. */
  checkinsVersion: number;
}

/** The only API routes that answer without a session. Every other /api route needs one. */
const PUBLIC_ROUTES = new Set([
  "GET /api/setup",
  "POST /api/setup",
  "GET /api/session",
  "POST /api/session",
  "GET /api/crisis-resources",
  // An invitation or reset link answers to the token in its address (invitations/).
  "GET /api/invitations/:token",
  "POST /api/invitations/:token/accept",
]);

/**
 * A private calendar feed answers to the token in its address alone, since a calendar app
 * subscribing to it has no session. The route itself checks the token and answers 404 for
 * anything malformed, revoked or unknown.
 */
const CALENDAR_FEED_ROUTE = "GET /api/calendar/:file";

/**
 * The route a request reached, as declared (`/api/thoughts/:id`), so the decision is made on what
 * will actually run: the router decodes `/%61pi/…` to `/api/…`, and a check on the raw address
 * would wave it through. A request that reached no route is judged by its decoded path.
 */
function routeOf(request: FastifyRequest): string {
  const declared = request.routeOptions.url;
  if (declared !== undefined && declared !== "/*") return declared;
  try {
    return decodeURIComponent(request.url.split("?")[0] ?? "");
  } catch {
    // An address that cannot be decoded is guarded like any API address.
    return "/api/";
  }
}

// Sliding expiry, written at most once an hour so reads stay reads.
const REFRESH_AFTER_MS = 3_600_000;

const users = new WeakMap<FastifyRequest, SessionUser>();

// Every signed-in request looks its session up; the answer stays good until anything is written.
const sessionCaches = new WeakMap<Store, ReadCache<ActiveSession | undefined>>();

function sessionsOf(store: Store): ReadCache<ActiveSession | undefined> {
  let cache = sessionCaches.get(store);
  if (!cache) {
    cache = readCache(store);
    sessionCaches.set(store, cache);
  }
  return cache;
}

/** Looks up the session a request carries, renewing it when due; undefined when there is none. */
async function resolveSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<SessionUser | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const tokenHash = hashToken(token);
  const now = ctx.now();
  const session = await sessionsOf(ctx.store).read(tokenHash, () =>
    findActiveSession(ctx.store.db, tokenHash, now.toISOString()),
  );
  if (!session) return undefined;
  const expiresAt = Date.parse(session.expiresAt);
  // Checked here as well as in the query: a remembered answer may have been read before it ended.
  if (Number.isNaN(expiresAt) || expiresAt <= now.getTime()) return undefined;
  if (expiresAt - now.getTime() < SESSION_MS - REFRESH_AFTER_MS) {
    const renewed = new Date(now.getTime() + SESSION_MS);
    await extendSession(ctx.store.db, tokenHash, renewed.toISOString());
    await noteLastSeen(ctx.store.db, session.user.id, now.toISOString());
    setSessionCookie(request, reply, token, renewed);
  }
  return { ...session.user, tokenHash, checkinsVersion: session.checkinsVersion };
}

/** The signed-in person on a public route, if any. */
export async function optionalUser(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<SessionUser | undefined> {
  return users.get(request) ?? (await resolveSession(ctx, request, reply));
}

/** The signed-in person; only callable on routes the guard protects. */
export function currentUser(request: FastifyRequest): SessionUser {
  const user = users.get(request);
  if (!user) throw unauthorized();
  return user;
}

export function registerSessionGuard(app: FastifyInstance, ctx: AppContext): void {
  app.addHook("onRequest", async (request, reply) => {
    const route = routeOf(request);
    if (!route.startsWith("/api/") && route !== "/api") return;
    // HEAD is GET without the body (calendar apps check a feed with it): the same rule for both.
    const method = request.method === "HEAD" ? "GET" : request.method;
    const key = `${method} ${route}`;
    if (PUBLIC_ROUTES.has(key) || key === CALENDAR_FEED_ROUTE) return;
    const user = await resolveSession(ctx, request, reply);
    if (!user) throw unauthorized();
    users.set(request, user);
  });
}

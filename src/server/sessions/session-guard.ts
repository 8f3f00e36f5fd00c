import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Role } from "../../core/accounts/account.schema.js";
import { noteLastSeen } from "../accounts/last-seen.js";
import type { AppContext } from "../app-context.js";
import { AppError, otherAccount, sessionEnded, unauthorized } from "../errors/app-error.js";
import { anySessionStored, extendSession } from "./session.repository.js";
import {
  SESSION_COOKIES_READ,
  SESSION_MS,
  sessionTokens,
  setSessionCookie,
} from "./session-cookie.js";
import { lookupOf } from "./session-lookup.js";
import { ownersOf, rememberOwner } from "./session-owners.js";
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

/** Each route that answers without a session, as its method and the addresses it matches. */
const PUBLIC_ADDRESSES = [...PUBLIC_ROUTES, CALENDAR_FEED_ROUTE].map((key) => {
  const [method = "", url = ""] = key.split(" ");
  const parts = url
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return { method, address: new RegExp(`^${parts.join("/")}$`) };
});

/**
 * Whether an address that reached no route is a public one with a slash added at its end
 * (`/api/calendar/{token}.ics/`). The router takes it for another address, which does not exist:
 * it answers 404 to everyone, as any address with a trailing slash does to a signed-in person,
 * rather than a 401 asking a calendar app, which never has a session, to sign in. `statics` holds
 * the app's fixed addresses (`GET /api/calendar/feed`), which the router matches before a
 * parameter, so a private one is not taken for a token.
 */
function publicWithTrailingSlash(method: string, path: string, statics: Set<string>): boolean {
  if (!path.endsWith("/")) return false;
  const bare = path.replace(/\/+$/, "");
  const key = `${method} ${bare}`;
  if (statics.has(key)) return PUBLIC_ROUTES.has(key);
  return PUBLIC_ADDRESSES.some((route) => route.method === method && route.address.test(bare));
}

/**
 * The route a request reached, as declared (`/api/thoughts/:id`), so the decision is made on what
 * will actually run: the router decodes `/%61pi/…` to `/api/…`, and a check on the raw address
 * would wave it through. A request that reached no route is judged by its decoded path.
 */
function routeOf(request: FastifyRequest, declared: string | undefined): string {
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
/** The token of the session a request was answered as: not always its first cookie's. */
const tokens = new WeakMap<FastifyRequest, string>();

/**
 * The live session among those a request's cookies name, or undefined when there is none, or
 * when they are two people's. Every cookie is looked up (at once: PostgreSQL's lookups of one
 * turn go as one statement), so one left from before, whichever comes first, never hides the
 * live one and locks the person out; and of two people's, neither is taken, since nothing says
 * which of them is at the keyboard (docs/SAFETY.md).
 */
async function liveSession(ctx: AppContext, request: FastifyRequest, now: Date) {
  const carried = sessionTokens(request);
  if (carried.length === 0 || carried.length > SESSION_COOKIES_READ) return undefined;
  const lookup = lookupOf(ctx.store);
  const check = async (token: string) => {
    const tokenHash = hashToken(token);
    const session = await lookup(tokenHash, now.toISOString());
    const expiresAt = Date.parse(session?.expiresAt ?? "");
    // Checked here as well as in the query: a remembered answer may have been read before it ended.
    if (!session || Number.isNaN(expiresAt) || expiresAt <= now.getTime()) return undefined;
    return { token, tokenHash, session, expiresAt };
  };
  // One cookie, as nearly every request has, costs no more than before.
  if (carried.length === 1) return check(carried[0] ?? "");
  const live = (await Promise.all(carried.map(check))).filter((one) => one !== undefined);
  const [first] = live;
  if (first === undefined) return undefined;
  if (live.some((one) => one.session.user.id !== first.session.user.id)) return undefined;
  return first;
}

/**
 * The 401 for a request whose cookies were let in by no live session: `session-ended` when it
 * carries cookies and none names a session still stored (ended on purpose: signed out elsewhere,
 * a new password, the account paused or erased), else `unauthorized` (no cookie, which is how a
 * session that ran out arrives, since its cookie expires with it; one that expired while its
 * cookie was kept; two people's live sessions; too many cookies to read). Only the request's own
 * cookies are asked about, and a cookie no one ever had is answered as one ended, so the code
 * says nothing about whether any account exists.
 */
export async function refusalOf(ctx: AppContext, request: FastifyRequest): Promise<AppError> {
  const carried = sessionTokens(request);
  if (carried.length === 0 || carried.length > SESSION_COOKIES_READ) return unauthorized();
  const stored = await anySessionStored(ctx.store.db, carried.map(hashToken));
  return stored ? unauthorized() : sessionEnded();
}

/** Looks up the session a request carries, renewing it when due; undefined when there is none. */
async function resolveSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  /** Refuse a page signed in as someone else (the guard's routes), before anything is written. */
  checkPage = false,
): Promise<SessionUser | undefined> {
  const now = ctx.now();
  const live = await liveSession(ctx, request, now);
  if (!live) return undefined;
  const { token, tokenHash, session, expiresAt } = live;
  if (checkPage) checkAccountHeader(request, session.user.id);
  tokens.set(request, token);
  // Only PostgreSQL's save checks a session by its owner (SessionClaim); SQLite needs no hint.
  if (ctx.store.engine === "postgres") rememberOwner(ctx.store, tokenHash, session.user.id);
  // Awaited only when due (once an hour): an await costs every signed-in request a turn of
  // promise jobs, and this runs on all of them.
  if (renewalDue(expiresAt, now)) {
    await renew(ctx, request, reply, { userId: session.user.id, token, tokenHash }, now);
  }
  const { id, username, role } = session.user;
  return { id, username, role, tokenHash, checkinsVersion: session.checkinsVersion };
}

function renewalDue(expiresAt: number, now: Date): boolean {
  return expiresAt - now.getTime() < SESSION_MS - REFRESH_AFTER_MS;
}

async function renew(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  claim: SessionClaim,
  now: Date,
): Promise<void> {
  const renewed = new Date(now.getTime() + SESSION_MS);
  await extendSession(ctx.store.db, claim.tokenHash, renewed.toISOString());
  await noteLastSeen(ctx.store.db, claim.userId, now.toISOString());
  setSessionCookie(request, reply, claim.token, renewed);
}

/*
 * A session whose check is left to the route's own statement (PostgreSQL's signed-in save,
 * migration 0014), so the request makes one round trip instead of two. Only a cookie whose
 * owner this process has already seen is let through unchecked: the statement names the person
 * (the SQL-scope rule, docs/ARCHITECTURE.md) and checks that the session is still theirs. The
 * owner is a hint, never a decision: whether the session is good is decided in the database, so
 * another process, or this one after a sign-out elsewhere, decides the same.
 */
export interface SessionClaim {
  userId: string;
  token: string;
  tokenHash: string;
}

const claims = new WeakMap<FastifyRequest, SessionClaim>();

/**
 * The session a request carries: checked by the guard, or claimed and to be checked by the
 * route's statement (then `checked` is false, and the route must call `sessionChecked` or
 * `sessionRefused` with what the statement found).
 */
export function sessionOf(request: FastifyRequest): SessionClaim & { checked: boolean } {
  const user = users.get(request);
  const token = tokens.get(request);
  if (user && token) return { userId: user.id, token, tokenHash: user.tokenHash, checked: true };
  const claim = claims.get(request);
  if (!claim) throw unauthorized();
  return { ...claim, checked: false };
}

/** The route's statement found the claimed session good until `expiresAt`: renews it when due. */
export async function sessionChecked(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  expiresAt: string,
  now: Date,
): Promise<void> {
  const claim = claims.get(request);
  if (!claim) return;
  claims.delete(request);
  if (renewalDue(Date.parse(expiresAt), now)) await renew(ctx, request, reply, claim, now);
}

/** The route's statement found no such session (signed out, expired, paused, erased): a 401. */
export async function sessionRefused(ctx: AppContext, request: FastifyRequest): Promise<AppError> {
  const claim = claims.get(request);
  if (claim) {
    claims.delete(request);
    ownersOf(ctx.store).delete(claim.tokenHash);
  }
  return refusalOf(ctx, request);
}

/**
 * The error handler for a route that checks its session itself: a request that failed before
 * the route's statement ran (a malformed body, a bad header) is answered 401 if it carries no
 * good session, as every other route answers a signed-out caller before judging the input.
 */
export function sessionFirstErrorHandler(ctx: AppContext) {
  return async (error: Error, request: FastifyRequest, reply: FastifyReply): Promise<never> => {
    if (claims.has(request) && !(error instanceof AppError && error.status === 401)) {
      claims.delete(request);
      let user: SessionUser | undefined;
      try {
        user = await resolveSession(ctx, request, reply);
      } catch {
        // The database cannot say: the original error is the answer.
        throw error;
      }
      if (!user) throw await refusalOf(ctx, request);
    }
    throw error;
  };
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Set by routes whose own statement checks the session (the guard then only notes the cookie). */
    sessionCheckedByRoute?: boolean;
  }
}

/** Route config for routes that check the session in their own statement; copy it per route. */
export const SESSION_CHECKED_BY_ROUTE = { sessionCheckedByRoute: true };

/** The signed-in person on a public route, if any. */
export async function optionalUser(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<SessionUser | undefined> {
  return users.get(request) ?? (await resolveSession(ctx, request, reply));
}

/** Whether the request came with a session the guard or its route accepted. */
export function hasSession(request: FastifyRequest): boolean {
  return users.has(request) || claims.has(request);
}

/** The signed-in person; only callable on routes the guard protects. */
export function currentUser(request: FastifyRequest): SessionUser {
  const user = users.get(request);
  if (!user) throw unauthorized();
  return user;
}

/**
 * The account a page believes it is signed in as, sent by the app on every request once signed
 * in. Without it a request is answered as it always was (other clients, the public contract).
 */
export const ACCOUNT_HEADER = "x-reconnect-account";

/**
 * Refuses a request whose page is signed in as another person than its session's: the session
 * cookie is shared by every tab of a browser, so a sign-in in one tab (or a reset link, or an
 * invitation accepted) swaps the session under a page still showing the person before, and
 * that page's reads and saves would be the new person's.
 */
function checkAccountHeader(request: FastifyRequest, sessionUserId: string): void {
  const claimed = request.headers[ACCOUNT_HEADER];
  if (claimed === undefined) return;
  if (claimed !== sessionUserId) throw otherAccount();
}

export function registerSessionGuard(app: FastifyInstance, ctx: AppContext): void {
  // "GET /api/calendar/feed": every route's address without parameters, as the routes are added.
  const statics = new Set<string>();
  app.addHook("onRoute", (route) => {
    if (/[:*]/.test(route.url)) return;
    for (const method of [route.method].flat()) statics.add(`${method} ${route.url}`);
  });
  app.addHook("onRequest", async (request, reply) => {
    // Read once: Fastify builds a new object at every read of `routeOptions`.
    const options = request.routeOptions;
    const route = routeOf(request, options.url);
    if (!route.startsWith("/api/") && route !== "/api") return;
    // HEAD is GET without the body (calendar apps check a feed with it): the same rule for both.
    const method = request.method === "HEAD" ? "GET" : request.method;
    const key = `${method} ${route}`;
    if (PUBLIC_ROUTES.has(key) || key === CALENDAR_FEED_ROUTE) return;
    const reached = options.url !== undefined && options.url !== "/*";
    if (!reached && publicWithTrailingSlash(method, route, statics)) return;
    // The route's own statement checks the session (see SessionClaim), when the owner is known.
    if (options.config.sessionCheckedByRoute === true) {
      const carried = sessionTokens(request);
      if (carried.length === 0) throw unauthorized();
      const [token = ""] = carried;
      const tokenHash = hashToken(token);
      const userId = ownersOf(ctx.store).get(tokenHash);
      // Of several cookies, each is looked up below: the statement checks one session only.
      if (userId !== undefined && carried.length === 1) {
        // A token's owner never changes, so the hint is enough to tell the page is someone else's.
        checkAccountHeader(request, userId);
        claims.set(request, { userId, token, tokenHash });
        return;
      }
    }
    const user = await resolveSession(ctx, request, reply, true);
    if (!user) throw await refusalOf(ctx, request);
    users.set(request, user);
  });
}

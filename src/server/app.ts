import fastifyCookie from "@fastify/cookie";
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from "fastify";
import { accessLogRoutes } from "./access-log/access-log.routes.js";
import { accountRoutes } from "./accounts/account.routes.js";
import { accountCareRoutes } from "./accounts/account-care.routes.js";
import { adminRoutes } from "./accounts/admin.routes.js";
import type { AppContext } from "./app-context.js";
import { assessmentRoutes } from "./assessments/assessment.routes.js";
import { calendarRoutes } from "./calendar/calendar.routes.js";
import { checkinRoutes } from "./checkins/checkin.routes.js";
import { personRoutes } from "./circle/person.routes.js";
import { crisisRoutes } from "./crisis/crisis.routes.js";
import {
  frameworkErrorHandler,
  registerErrorHandler,
  registerNotFoundHandler,
} from "./errors/error-handler.js";
import { accountCountsRoutes } from "./export/account-counts.routes.js";
import { exportRoutes } from "./export/export.routes.js";
import { fhirRoutes } from "./fhir/fhir.routes.js";
import { healthRoutes } from "./health/health.routes.js";
import { BODY_PACE, type BodyPace, registerBodyTimeLimit } from "./http/body-time-limit.js";
import { type ClientLimits, clientErrorOptions } from "./http/client-errors.js";
import { registerEmptyChangeRule } from "./http/empty-change.js";
import { registerExpectationRule } from "./http/expectation.js";
import { registerClientView } from "./http/forwarded.js";
import { allowedHostNames, registerHostCheck } from "./http/host-check.js";
import { BODY_LIMIT_BYTES, registerJsonBodyParser } from "./http/json-body.js";
import { isMethodRefusal, registerMethodNotAllowed } from "./http/method-not-allowed.js";
import { registerNoBodyRule } from "./http/no-body.js";
import { registerQueryEscapesRule } from "./http/query-escapes.js";
import { declaredQueryNames, registerQueryNamesRule } from "./http/query-names.js";
import { registerSameOriginRule } from "./http/same-origin.js";
import { registerSecurityHeaders } from "./http/security-headers.js";
import { insightsRoutes } from "./insights/insights.routes.js";
import { invitationRoutes } from "./invitations/invitation.routes.js";
import { activityRoutes } from "./plan/activity.routes.js";
import { planRoutes } from "./plan/plan.routes.js";
import { routineRoutes } from "./plan/routine.routes.js";
import { reminderRoutes } from "./reminders/reminders.routes.js";
import { reportRoutes } from "./report/report.routes.js";
import { safetyPlanRoutes } from "./safety-plan/safety-plan.routes.js";
import { sessionRoutes } from "./sessions/session.routes.js";
import { registerSessionGuard } from "./sessions/session-guard.js";
import { shareRoutes } from "./shares/share.routes.js";
import { answeredUnreadableShareLink } from "./shares/share-gone.js";
import type { ShareReach } from "./shares/share-reach.js";
import { supportRoutes } from "./support/support.routes.js";
import { thoughtRoutes } from "./thoughts/thought.routes.js";
import { trapRoutes } from "./traps/trap.routes.js";
import { defaultWebRoot, registerWebApp } from "./web/web-app.js";

export { BODY_LIMIT_BYTES };

export interface AppOptions {
  /** Where the built browser app is; leave out to use dist/web. */
  webRoot?: string;
  logger?: FastifyServerOptions["logger"];
  /**
   * Behind reverse proxies: how many to believe (true means one). Their X-Forwarded-For, -Proto
   * and -Host then give the client's address, https and the host the browser used.
   */
  trustProxy?: boolean | number;
  /** Names the server answers to besides localhost and IP addresses (HOST, PUBLIC_URL). */
  hostNames?: (string | undefined)[];
  /** PUBLIC_URL and HOST, so share links are built on an address other phones can open. */
  shareReach?: ShareReach;
  /** Told of every route as it is added: tests walk the whole route table from it. */
  onRoute?: (route: { method: string | string[]; url: string; query: readonly string[] }) => void;
  /** How fast a body must keep arriving; leave out for BODY_PACE. */
  bodyPace?: BodyPace;
  /** How long headers may take to arrive; leave out for Node's own. */
  clientLimits?: ClientLimits;
}

/**
 * Builds the whole HTTP app around a context. Requests pass: security headers → the same-origin
 * rule → the session guard → the route (which validates with the shared zod schemas and calls a
 * repository) → the one error handler.
 */
export async function buildApp(
  ctx: AppContext,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    // Fastify's own reading of X-Forwarded-* takes the rightmost entry whatever the number of
    // proxies; http/forwarded.ts reads them per hop instead.
    trustProxy: false,
    // Request lines and bodies are never logged: URLs can carry dates and bodies carry notes.
    logController: new LogController({ disableRequestLogging: true }),
    logger: options.logger ?? false,
    // A malformed or over-long address fails before any hook: answer it in the app's own shape.
    // A share link is a supporter's, and gets its plain page rather than the API's shape.
    frameworkErrors: (error, request, reply) => {
      if (!answeredUnreadableShareLink(request, reply))
        frameworkErrorHandler(error, request, reply);
    },
    // And the refusals Node makes before there is a request at all (431, 408, 400).
    ...clientErrorOptions(options.clientLimits),
  });
  const { onRoute } = options;
  if (onRoute) {
    app.addHook("onRoute", (route) => {
      if (!isMethodRefusal(route)) {
        onRoute({ method: route.method, url: route.url, query: declaredQueryNames(route.config) });
      }
    });
  }
  // First, before any route or plugin: Fastify fixes each route's error handler when the route
  // is loaded, and a handler set afterwards would not reach routes loaded before it.
  registerErrorHandler(app);
  registerJsonBodyParser(app);
  registerBodyTimeLimit(app, options.bodyPace ?? BODY_PACE);
  await app.register(fastifyCookie);
  const hops = options.trustProxy === true ? 1 : Number(options.trustProxy ?? 0);
  registerClientView(app, hops);
  registerSecurityHeaders(app);
  registerHostCheck(app, allowedHostNames(options.hostNames ?? []));
  registerExpectationRule(app);
  // An unreadable query is refused as an unreadable path is, before anything judges the request.
  registerQueryEscapesRule(app);
  // Before the same-origin rule and the session guard, which judge requests that could run; after
  // the headers and the host check, which every answer gets. Added before any route, to see them.
  const refuseOtherMethods = registerMethodNotAllowed(app);
  registerSameOriginRule(app);
  registerSessionGuard(app, ctx);
  registerQueryNamesRule(app);
  registerNoBodyRule(app);
  registerEmptyChangeRule(app);

  healthRoutes(app, ctx);
  crisisRoutes(app, ctx);
  supportRoutes(app);
  accountRoutes(app, ctx);
  accountCareRoutes(app, ctx);
  sessionRoutes(app, ctx);
  checkinRoutes(app, ctx);
  assessmentRoutes(app, ctx);
  safetyPlanRoutes(app, ctx);
  trapRoutes(app);
  thoughtRoutes(app, ctx);
  insightsRoutes(app, ctx);
  shareRoutes(app, ctx, options.shareReach);
  activityRoutes(app, ctx);
  planRoutes(app, ctx);
  routineRoutes(app, ctx);
  personRoutes(app, ctx);
  calendarRoutes(app, ctx);
  reminderRoutes(app, ctx);
  invitationRoutes(app, ctx, options.shareReach);
  adminRoutes(app, ctx);
  exportRoutes(app, ctx);
  accountCountsRoutes(app, ctx);
  fhirRoutes(app, ctx);
  reportRoutes(app, ctx);
  accessLogRoutes(app, ctx);

  const spaFallback = await registerWebApp(app, options.webRoot ?? defaultWebRoot);
  // Routes in plugin scopes (the import's) are added once the plugins load: wait for them all.
  await app.after();
  refuseOtherMethods();
  // A share link too long for its route (glued to a whole message) matches nothing and would
  // get the app's page; it is a supporter's link, so it gets their plain page first.
  registerNotFoundHandler(
    app,
    (request, reply) =>
      answeredUnreadableShareLink(request, reply) || (spaFallback?.(request, reply) ?? false),
  );
  return app;
}

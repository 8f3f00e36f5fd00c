import type {
  FastifyServerOptions,
  InjectOptions,
  LightMyRequestResponse,
  RouteOptions,
} from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import {
  type Account,
  ADMIN,
  type Caller,
  callers,
  createMatrixWorld,
  type MatrixWorld,
  MEMBER,
  type Person,
  type Records,
  type Secret,
} from "../../../test/support/matrix-world.js";
import { engines } from "../../../test/support/stores.js";
import { roles } from "../../core/accounts/account.schema.js";
import { SESSION_COOKIE } from "../sessions/session-cookie.js";
import { isMethodRefusal } from "./method-not-allowed.js";

/*
 * The authorization matrix: every route the app registers, asked by every kind of caller there is,
 * with the answer each must get written once below. The routes come from Fastify itself (an
 * onRoute hook on every instance this file builds), so a route added without its row fails here.
 *
 * How to read a row: every id in a path is the OWNER's record (their thought, person, activity,
 * plan, share card; their check-in's date), every token in a path is the one the caller holds,
 * and every body is valid, so a 401, 403 or 404 is about who asks, never about what was sent.
 * On top of the status, every answer is searched for the texts and ids planted in each person's
 * records: a caller may only ever see its own (a link holder sees that link's card or feed and no
 * more). So `member: 200` on a list means "200, with the member's own records and none of the
 * owner's", and after each caller has had its turn, the other person's data reads back unchanged.
 * The same rules are then run the other way: the owner against the member's ids.
 */

// buildApp makes its Fastify instance inside, so the routes are seen the only way they can be
// from here: by wrapping the constructor to add an onRoute hook first. Fastify itself is untouched.
const registered = vi.hoisted(() => new WeakMap<object, RouteOptions[]>());

vi.mock("fastify", async (importOriginal) => {
  const fastify = await importOriginal<typeof import("fastify")>();
  const observed = (options?: FastifyServerOptions) => {
    const app = fastify.default(options);
    const routes: RouteOptions[] = [];
    registered.set(app, routes);
    app.addHook("onRoute", (route) => {
      routes.push(route);
    });
    return app;
  };
  return { ...fastify, default: observed };
});

type Status = 200 | 201 | 204 | 401 | 403 | 404 | 409 | 410;
type Row = Record<Caller, Status>;

/** A public route: the same answer whoever asks, since the caller's credentials are not read. */
const anyone = (status: Status) =>
  ({
    none: status,
    expired: status,
    share: status,
    revokedShare: status,
    calendar: status,
    revokedCalendar: status,
    member: status,
    owner: status,
    admin: status,
  }) satisfies Row;

/**
 * A route behind the session: every caller without a live session gets 401, tokens included.
 * The owner's, the member's and the admin's answers are the ones written in the row. The admin
 * is asked for the owner's records and the member's: an admin runs the server and must get what
 * any other person gets of someone else's records, nothing.
 */
const signedIn = (people: { owner: Status; member: Status; admin: Status }) =>
  ({
    none: 401,
    expired: 401,
    share: 401,
    revokedShare: 401,
    calendar: 401,
    revokedCalendar: 401,
    ...people,
  }) satisfies Row;

const matrix: Record<string, Row> = {
  // Public pages and files.
  "GET /healthz": anyone(200),
  "GET /crisis": anyone(200),
  "GET /crisis.css": anyone(200),
  "GET /support": anyone(200),
  "GET /support.css": anyone(200),
  "GET /share.css": anyone(200),
  "GET /*": anyone(200),
  "GET /api/crisis-resources": anyone(200),
  // Accounts and sessions: setup is closed once there is an owner, whoever asks; signing in
  // answers to the name and password in the body, not to who sends it.
  "GET /api/setup": anyone(200),
  "POST /api/setup": anyone(409),
  "GET /api/session": anyone(200),
  "POST /api/session": anyone(200),
  "DELETE /api/session": signedIn({ owner: 204, member: 204, admin: 204 }),
  "GET /api/me": signedIn({ owner: 200, member: 200, admin: 200 }),
  // Each person erases their own account with their own password, and nobody else's.
  "DELETE /api/me": signedIn({ owner: 204, member: 204, admin: 204 }),
  // Each person changes their own password (to the same one here, so later rows still sign in),
  // and signs out their own sessions everywhere, nobody else's.
  "PUT /api/me/password": signedIn({ owner: 204, member: 204, admin: 204 }),
  "DELETE /api/sessions": signedIn({ owner: 204, member: 204, admin: 204 }),
  // A date is not the owner's: the member reads, writes and deletes their own day of that date.
  "PUT /api/checkins/:date": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/checkins": signedIn({ owner: 200, member: 200, admin: 200 }),
  // Each person gets the first and last day of their own check-ins, never another's.
  "GET /api/checkins/span": signedIn({ owner: 200, member: 200, admin: 200 }),
  "DELETE /api/checkins/:date": signedIn({ owner: 204, member: 204, admin: 204 }),
  "POST /api/assessments": signedIn({ owner: 201, member: 201, admin: 201 }),
  "GET /api/assessments": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/safety-plan": signedIn({ owner: 200, member: 200, admin: 200 }),
  "PUT /api/safety-plan": signedIn({ owner: 200, member: 200, admin: 200 }),
  "POST /api/traps/detect": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/thoughts": signedIn({ owner: 200, member: 200, admin: 200 }),
  "POST /api/thoughts": signedIn({ owner: 201, member: 201, admin: 201 }),
  "GET /api/thoughts/:id": signedIn({ owner: 200, member: 404, admin: 404 }),
  "PUT /api/thoughts/:id": signedIn({ owner: 200, member: 404, admin: 404 }),
  "DELETE /api/thoughts/:id": signedIn({ owner: 204, member: 404, admin: 404 }),
  "GET /api/insights": signedIn({ owner: 200, member: 200, admin: 200 }),
  "POST /api/shares": signedIn({ owner: 201, member: 201, admin: 201 }),
  "GET /api/shares": signedIn({ owner: 200, member: 200, admin: 200 }),
  "PATCH /api/shares/:id": signedIn({ owner: 200, member: 404, admin: 404 }),
  "DELETE /api/shares/:id": signedIn({ owner: 204, member: 404, admin: 404 }),
  // The share page answers to its token alone: a session, a calendar token or a session token
  // in its place opens nothing (404), and a revoked card says so (410).
  "GET /s/:token": {
    ...anyone(404),
    share: 200,
    revokedShare: 410,
  },
  "GET /api/activities": signedIn({ owner: 200, member: 200, admin: 200 }),
  "POST /api/activities": signedIn({ owner: 201, member: 201, admin: 201 }),
  "PATCH /api/activities/:id": signedIn({ owner: 200, member: 404, admin: 404 }),
  "GET /api/suggestions": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/plans": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/plans/forecast": signedIn({ owner: 200, member: 200, admin: 200 }),
  // The body names the owner's activity and person: the member may not plan with them.
  "POST /api/plans": signedIn({ owner: 201, member: 404, admin: 404 }),
  "PATCH /api/plans/:id": signedIn({ owner: 200, member: 404, admin: 404 }),
  "DELETE /api/plans/:id": signedIn({ owner: 204, member: 404, admin: 404 }),
  "GET /api/routine": signedIn({ owner: 200, member: 200, admin: 200 }),
  "PUT /api/routine": signedIn({ owner: 200, member: 200, admin: 200 }),
  "PUT /api/routine/ticks/:date": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/routine/week": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/reminders": signedIn({ owner: 200, member: 200, admin: 200 }),
  "PUT /api/reminders": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/people": signedIn({ owner: 200, member: 200, admin: 200 }),
  "POST /api/people": signedIn({ owner: 201, member: 201, admin: 201 }),
  "PATCH /api/people/:id": signedIn({ owner: 200, member: 404, admin: 404 }),
  "DELETE /api/people/:id": signedIn({ owner: 204, member: 404, admin: 404 }),
  "GET /api/calendar.ics": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/calendar/feed": signedIn({ owner: 200, member: 200, admin: 200 }),
  "POST /api/calendar/feed": signedIn({ owner: 201, member: 201, admin: 201 }),
  "DELETE /api/calendar/feed": signedIn({ owner: 204, member: 204, admin: 204 }),
  // Each person exports and imports their own records only; a share or calendar token opens neither.
  "GET /api/export": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/export/csv": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/export/fhir": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/report.pdf": signedIn({ owner: 200, member: 200, admin: 200 }),
  "POST /api/import": signedIn({ owner: 200, member: 200, admin: 200 }),
  "GET /api/access-log": signedIn({ owner: 200, member: 200, admin: 200 }),
  // Each person counts their own records only: a number of another's is already telling.
  "GET /api/me/counts": signedIn({ owner: 200, member: 200, admin: 200 }),
  // The feed answers to its token alone, like the share page; revoked and unknown are alike.
  "GET /api/calendar/:file": {
    ...anyone(404),
    calendar: 200,
  },
  // Running the server: the owner and admins invite and revoke (revoking twice is once), members
  // cannot. The links answer to their token alone; no credential here is an invitation's.
  "POST /api/invitations": signedIn({ owner: 201, member: 403, admin: 201 }),
  "GET /api/invitations": signedIn({ owner: 200, member: 403, admin: 200 }),
  "DELETE /api/invitations/:id": signedIn({ owner: 204, member: 403, admin: 204 }),
  "GET /api/invitations/:token": anyone(404),
  "POST /api/invitations/:token/accept": anyone(404),
  "GET /api/accounts": signedIn({ owner: 200, member: 403, admin: 200 }),
  // Every account id here is the owner's: nobody pauses, resets, demotes or removes it, the
  // owner included (that is /api/me). Doing so to others is proven in accounts/admin.routes.test.
  "PATCH /api/accounts/:id": signedIn({ owner: 403, member: 403, admin: 403 }),
  "POST /api/accounts/:id/password-reset": signedIn({ owner: 403, member: 403, admin: 403 }),
  "DELETE /api/accounts/:id": signedIn({ owner: 403, member: 403, admin: 403 }),
};

/** A minimal valid body for every route that takes one; `target` is whose records it names. */
function bodyFor(route: string, caller: Caller, target: Records): unknown {
  switch (route) {
    case "POST /api/setup":
      return { username: "newcomer", password: "a brand new passphrase" };
    case "POST /api/session":
      return OWNER;
    case "DELETE /api/me":
      // Each person's own password; a caller without an account tries the owner's.
      return {
        password:
          caller === "member"
            ? MEMBER.password
            : caller === "admin"
              ? ADMIN.password
              : OWNER.password,
      };
    case "POST /api/invitations":
      return { role: "member" };
    case "POST /api/invitations/:token/accept":
      return { username: "newcomer", password: "a brand new passphrase" };
    case "PATCH /api/accounts/:id":
      return { disabled: true };
    case "POST /api/import":
      // An empty export, added: the route is reached and nothing anyone keeps is changed.
      return exportDocumentWith("2026-11-29T08:00:00.000Z", "anyone");
    case "PUT /api/me/password": {
      const password =
        caller === "member"
          ? MEMBER.password
          : caller === "admin"
            ? ADMIN.password
            : OWNER.password;
      return { currentPassword: password, newPassword: password };
    }
    case "PUT /api/checkins/:date":
      return { mood: 6 };
    case "POST /api/assessments":
      return { instrument: "ucla3", answers: [1, 1, 1] };
    case "PUT /api/safety-plan":
      return { reasonsForLiving: ["the walk to the river"] };
    case "POST /api/traps/detect":
      return { text: "I always get everything wrong" };
    case "POST /api/thoughts":
    case "PUT /api/thoughts/:id":
      return { thought: "I always get everything wrong" };
    case "POST /api/shares":
      return { energy: "okay", contact: "A short call is fine" };
    case "PATCH /api/shares/:id":
      return { energy: "some" };
    case "POST /api/activities":
      return {
        title: "Water the plants",
        area: "achievement",
        effort: "tiny",
        minutes: 5,
        social: false,
        firstStep: "Fill the can",
      };
    case "PATCH /api/activities/:id":
      return { minutes: 15 };
    case "POST /api/plans":
      return {
        activityId: target.activity,
        date: target.date,
        time: null,
        predictedEnjoyment: 4,
        personId: target.person,
      };
    case "PATCH /api/plans/:id":
      return { status: "done", actualEnjoyment: 6 };
    case "PUT /api/routine":
      return { anchors: [{ anchor: "bed", target: "23:00" }] };
    case "PUT /api/routine/ticks/:date":
      return { anchor: "wake", time: "07:40" };
    case "PUT /api/reminders":
      return { checkinTime: "20:30", steps: { on: true, minutesBefore: 10 } };
    case "POST /api/people":
      return {
        name: "Jo",
        relationship: "neighbour",
        contactPreference: "any",
        wantedEveryDays: 10,
      };
    case "PATCH /api/people/:id":
      return { wantedEveryDays: 21 };
    default:
      return undefined;
  }
}

/** An id of the target's for each collection a path's `:id` can name. */
const idOf: Record<string, keyof Records> = {
  thoughts: "thought",
  people: "person",
  activities: "activity",
  plans: "plan",
  shares: "share",
  invitations: "invitation",
  accounts: "account",
};

// Well-formed (43 base64url characters) and belonging to nothing.
const UNKNOWN_TOKEN = "A".repeat(43);

// Routes that answer nothing without a query: asked with one that is well-formed.
const QUERIES: Record<string, string> = {
  "GET /api/export/csv": "?kind=checkins&text=1",
  "GET /api/report.pdf": "?from=2026-01-01&to=2026-12-31&includeNotes=1&includeThoughts=1",
};

function pathFor(route: string, token: string | undefined, target: Records): string {
  const url = route.slice(route.indexOf(" ") + 1);
  const path = url
    .split("/")
    .map((segment, index, segments) => {
      if (segment === "*") return "";
      if (!segment.startsWith(":")) return segment;
      const param = segment.slice(1);
      if (param === "date") return target.date;
      if (param === "token") return token ?? UNKNOWN_TOKEN;
      if (param === "file") return `${token ?? UNKNOWN_TOKEN}.ics`;
      const collection = idOf[segments[index - 1] ?? ""];
      if (param === "id" && collection) return target[collection];
      throw new Error(`The matrix does not know how to fill ${segment} in ${route}: teach pathFor`);
    })
    .join("/");
  return `${path}${QUERIES[route] ?? ""}`;
}

// Reads first, then changes, then removals, then signing out, and erasing the account last of all.
function turnOrder(route: string): number {
  if (route === "DELETE /api/me") return 4;
  if (route === "DELETE /api/session") return 3;
  if (route.startsWith("DELETE ")) return 2;
  if (route.startsWith("GET ")) return 0;
  return 1;
}

/** The downloads a HEAD would build and note in the access log: 405 for HEAD, before any guard. */
const GET_ONLY: ReadonlySet<string> = new Set([
  "GET /api/calendar.ics",
  "GET /api/export",
  "GET /api/export/csv",
  "GET /api/export/fhir",
  "GET /api/report.pdf",
]);

const ordered = Object.keys(matrix).sort((a, b) => turnOrder(a) - turnOrder(b));

const isPerson = (caller: Caller): caller is Person => caller === "owner" || caller === "member";
const hasAccount = (caller: Caller): caller is Account => isPerson(caller) || caller === "admin";

/** Whether a caller may see a planted text or id. */
function maySee(caller: Caller, secret: Secret): boolean {
  if (secret.kind === "erased") return false;
  if (secret.whose === caller) return true;
  if (secret.whose !== "owner") return false;
  return (
    (caller === "share" && secret.kind === "card") ||
    (caller === "calendar" && secret.kind === "calendar")
  );
}

function clearsSession(response: LightMyRequestResponse): boolean {
  const setCookie = response.headers["set-cookie"];
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return all.some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`));
}

interface Answer {
  route: string;
  caller: Caller;
  status: number;
  /** Labels of the caller's own planted records that the answer showed. */
  ownSeen: string[];
}

/**
 * Sends one route's request as one caller, aimed at one person's records, and notes in `problems`
 * an answer other than `expected` and every planted text or id the caller should not have seen.
 */
async function ask(
  world: MatrixWorld,
  {
    route,
    caller,
    target,
    expected,
    method = route.slice(0, route.indexOf(" ")),
  }: {
    route: string;
    caller: Caller;
    target: Person;
    expected: number | undefined;
    /** Another method for the same route: HEAD for a GET. */
    method?: string;
  },
  problems: string[],
): Promise<Answer> {
  const records = world.records[target];
  const { cookie, token } = await world.credentials(caller);
  const body = bodyFor(route, caller, records);
  const headers: Record<string, string> = {};
  if (method !== "GET" && method !== "HEAD") headers["content-type"] = "application/json";
  if (cookie) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
  // A token holder tries the token everywhere a credential could travel.
  if (token && !hasAccount(caller)) headers.authorization = `Bearer ${token}`;
  const response = await world.app.app.inject({
    method: method as InjectOptions["method"],
    url: pathFor(route, token, records),
    headers,
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  if (hasAccount(caller) && clearsSession(response)) world.sessionEnded(caller);

  if (response.statusCode !== expected) {
    problems.push(
      `${method} ${route.slice(route.indexOf(" ") + 1)} as ${caller} (${target}'s records): expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
    );
  }
  const ownSeen: string[] = [];
  for (const secret of world.secrets) {
    if (!response.body.includes(secret.value)) continue;
    if (maySee(caller, secret)) ownSeen.push(secret.label);
    else {
      problems.push(
        `${route} as ${caller} showed the ${secret.whose}'s ${secret.label} (${secret.value})`,
      );
    }
  }
  return { route, caller, status: response.statusCode, ownSeen };
}

/** The routes whose address or body names a person's records: those that differ by whose. */
function addressedRoutes(world: MatrixWorld): string[] {
  const naming = (route: string, whose: Person) =>
    JSON.stringify([
      pathFor(route, undefined, world.records[whose]),
      bodyFor(route, "owner", world.records[whose]),
    ]);
  return ordered.filter((route) => naming(route, "owner") !== naming(route, "member"));
}

describe.each(engines)("the authorization matrix on %s", (engine) => {
  let world: MatrixWorld;
  const answers: Answer[] = [];

  beforeAll(async () => {
    world = await createMatrixWorld(engine);
  });
  afterAll(async () => {
    await world?.close();
  });

  it("has exactly one row for every route the app registers", () => {
    const routes = registered.get(world.app.app);
    expect(routes, "the onRoute hook saw the app being built").toBeDefined();
    // The 405 answers for methods an address does not take are not routes of their own: they
    // answer before any guard, whoever asks (http-rules.test.ts).
    const keys = (routes ?? [])
      .filter((route) => !isMethodRefusal(route))
      .flatMap((route) =>
        [route.method]
          .flat()
          // Fastify adds a HEAD route beside every GET, so HEAD has no rows of its own: it must
          // answer as its GET does, which the HEAD test below checks.
          .filter((method) => method !== "HEAD")
          .map((method) => `${method} ${route.url}`),
      );
    expect(new Set(keys).size, "no route is registered twice").toBe(keys.length);
    expect(Object.keys(matrix).sort(), "a row in the matrix for each registered route").toEqual(
      keys.sort(),
    );
  });

  it("knows every role there is as a caller", () => {
    expect([...roles].sort()).toEqual(["admin", "member", "owner"]);
    for (const role of roles) expect(callers).toContain(role);
  });

  it("answers callers without a live session as the matrix says, and they change nothing", async () => {
    const before = [await world.snapshot("owner"), await world.snapshot("member")];
    const problems: string[] = [];
    for (const caller of callers.filter((c) => !hasAccount(c))) {
      for (const route of ordered) {
        const expected = matrix[route]?.[caller];
        answers.push(await ask(world, { route, caller, target: "owner", expected }, problems));
      }
    }
    const after = [await world.snapshot("owner"), await world.snapshot("member")];
    expect({ problems, data: after }).toEqual({ problems: [], data: before });
  });

  it("answers HEAD as it answers GET, for every caller, but where a HEAD would build a file", async () => {
    const heads = ordered.filter((route) => route.startsWith("GET "));
    const problems: string[] = [];
    for (const caller of callers) {
      for (const route of heads) {
        // A download takes GET alone, whoever asks (head-builds-nothing.test.ts).
        const expected = GET_ONLY.has(route) ? 405 : matrix[route]?.[caller];
        await ask(world, { route, caller, target: "owner", expected, method: "HEAD" }, problems);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps an admin out of the owner's and every member's records, route by route", async () => {
    const before = [await world.snapshot("owner"), await world.snapshot("member")];
    const problems: string[] = [];
    for (const route of ordered) {
      const expected = matrix[route]?.admin;
      answers.push(
        await ask(world, { route, caller: "admin", target: "owner", expected }, problems),
      );
      if (addressedRoutes(world).includes(route)) {
        await ask(world, { route, caller: "admin", target: "member", expected }, problems);
      }
    }
    const after = [await world.snapshot("owner"), await world.snapshot("member")];
    expect({ problems, data: after }).toEqual({ problems: [], data: before });
    // Asked for the member's records too, wherever an address or body names them.
    expect(addressedRoutes(world)).toContain("GET /api/thoughts/:id");
  });

  it("keeps the owner out of the member's records, as the member is kept out of the owner's", async () => {
    const before = await world.snapshot("member");
    const problems: string[] = [];
    const addressed = addressedRoutes(world);
    expect(addressed).toContain("POST /api/plans");
    expect(addressed).toContain("DELETE /api/thoughts/:id");
    for (const route of addressed) {
      // The rule both ways: the owner on the member's ids gets what the member gets on the owner's.
      const expected = matrix[route]?.member;
      await ask(world, { route, caller: "owner", target: "member", expected }, problems);
    }
    const after = await world.snapshot("member");
    expect({ problems, memberData: after }).toEqual({ problems: [], memberData: before });
  });

  it("lets the member reach only the member's own records, leaving the owner's as they were", async () => {
    const before = await world.snapshot("owner");
    const problems: string[] = [];
    for (const route of ordered) {
      const expected = matrix[route]?.member;
      answers.push(
        await ask(world, { route, caller: "member", target: "owner", expected }, problems),
      );
    }
    const after = await world.snapshot("owner");
    expect({ problems, ownerData: after }).toEqual({ problems: [], ownerData: before });
  });

  it("lets the owner reach every one of the owner's own records", async () => {
    const problems: string[] = [];
    for (const route of ordered) {
      const expected = matrix[route]?.owner;
      answers.push(
        await ask(world, { route, caller: "owner", target: "owner", expected }, problems),
      );
    }
    expect(problems).toEqual([]);
  });

  it("shows the member the same kinds of their own records as the owner sees of theirs", () => {
    // A list that answered 200 with nothing in it would pass the other tests; this one would not.
    const seen = (caller: Person, route: string) =>
      answers.find((a) => a.caller === caller && a.route === route)?.ownSeen.sort() ?? [];
    const lists = ordered.filter((route) => route.startsWith("GET ") && !route.includes(":"));
    const differ = lists
      .map((route) => ({ route, owner: seen("owner", route), member: seen("member", route) }))
      .filter((x) => x.owner.join() !== x.member.join());
    expect(differ).toEqual([]);
    expect(seen("member", "GET /api/thoughts")).toContain("thought");
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { localDateOf } from "../../src/core/dates/local-date.js";
import type { Engine } from "../../src/server/db/database.js";
import { SESSION_COOKIE, SESSION_MS } from "../../src/server/sessions/session-cookie.js";
import { hashToken } from "../../src/server/sessions/session-token.js";
import { type ApiClient, OWNER } from "./api-client.js";
import { createTestApp, type TestApp } from "./test-app.js";

/** Every kind of caller the app knows. */
export const callers = [
  "none",
  "expired",
  "share",
  "revokedShare",
  "calendar",
  "revokedCalendar",
  "member",
  "owner",
  "admin",
] as const;
export type Caller = (typeof callers)[number];
/** The people whose records are planted; the admin, who runs the server, has none of theirs. */
export type Person = "owner" | "member";
/** The callers with an account and a session. */
export type Account = Person | "admin";

export const ADMIN = { username: "ada", password: "ada's own password" };

export const MEMBER = { username: "robin", password: "robin's own password" };

/**
 * Where a planted text or id may legitimately show up: only to its person, except the words of a
 * live share card (to whoever holds its link), what the calendar feed carries (to whoever holds
 * the feed's address), and nothing at all of a revoked card's words, which the server erases.
 */
export type SecretKind = "private" | "card" | "calendar" | "erased";

export interface Secret {
  whose: Person;
  label: string;
  value: string;
  kind: SecretKind;
}

/** The ids of one person's records, which the matrix puts in every path that takes an id. */
export interface Records {
  date: string;
  thought: string;
  person: string;
  activity: string;
  plan: string;
  share: string;
  /** The server's, not a person's: an open invitation the owner made, the same for both. */
  invitation: string;
  /** The owner's account, which the admin routes must refuse to change for anyone. */
  account: string;
}

interface Seeded {
  records: Records;
  secrets: Secret[];
  shareToken: string;
  revokedShareToken: string;
  calendarToken: string;
  revokedCalendarToken: string;
}

export interface Credentials {
  /** The value sent in the session cookie, if any. */
  cookie?: string;
  /** The token this caller holds, tried as a bearer token and in every path that takes a token. */
  token?: string;
}

export interface MatrixWorld {
  app: TestApp;
  today: string;
  records: Record<Person, Records>;
  secrets: Secret[];
  credentials(caller: Caller): Promise<Credentials>;
  /** Called when a response cleared a person's cookie: their next request signs in afresh. */
  sessionEnded(account: Account): void;
  /** Everything a person can read about themselves, to show nobody else changed it. */
  snapshot(person: Person): Promise<string[]>;
  close(): Promise<void>;
}

function ok(response: { statusCode: number; body: string }, expected: number, what: string) {
  if (response.statusCode !== expected) {
    throw new Error(`${what}: expected ${expected}, got ${response.statusCode} ${response.body}`);
  }
}

function cookieValue(client: ApiClient): string {
  const value = client.sessionCookie?.slice(`${SESSION_COOKIE}=`.length);
  if (!value) throw new Error("the client has no session");
  return value;
}

async function signIn(app: TestApp, who: { username: string; password: string }) {
  const client = app.client();
  ok(await client.post("/api/session", who), 200, `sign-in of ${who.username}`);
  return client;
}

/** The activity list less the unchanged built-in catalogue, so a failure shows what differs. */
function withoutCatalogue(url: string, body: string): string {
  if (!url.startsWith("/api/activities")) return body;
  const { activities } = JSON.parse(body) as { activities: { own: boolean; hidden: boolean }[] };
  return JSON.stringify(activities.filter((activity) => activity.own || activity.hidden));
}

const tokenOf = (url: string) => url.replace(/^\/s\//, "").replace(/^\/api\/calendar\//, "");

/**
 * One person's life in the app, every record carrying a text or id that is theirs alone, so a
 * leak shows up as that text in someone else's answer.
 */
async function seed(
  client: ApiClient,
  whose: Person,
  tag: string,
  today: string,
  server: { invitation: string; account: string },
) {
  const secrets: Secret[] = [];
  const plant = (label: string, kind: SecretKind = "private") => {
    const value = `${tag}_${label}`;
    secrets.push({ whose, label, value, kind });
    return value;
  };
  const keep = (label: string, value: string, kind: SecretKind = "private") => {
    secrets.push({ whose, label, value, kind });
    return value;
  };

  const checkin = await client.put(`/api/checkins/${today}`, {
    mood: 4,
    note: plant("note"),
    connections: [{ name: plant("friend"), mode: "message" }],
  });
  ok(checkin, 200, "check-in");
  const thought = await client.post("/api/thoughts", {
    thought: `Nobody writes back to ${plant("thought")}`,
  });
  ok(thought, 201, "thought record");
  const person = await client.post("/api/people", {
    name: plant("person"),
    relationship: "friend",
    contactPreference: "message",
    wantedEveryDays: 7,
  });
  ok(person, 201, "person");
  const activity = await client.post("/api/activities", {
    title: plant("title", "calendar"),
    area: "enjoyment",
    effort: "small",
    minutes: 10,
    social: false,
    firstStep: plant("step", "calendar"),
  });
  ok(activity, 201, "activity");
  const plan = await client.post("/api/plans", {
    activityId: activity.json().id,
    date: today,
    time: "10:00",
    predictedEnjoyment: 5,
    personId: person.json().id,
  });
  ok(plan, 201, "plan");
  const share = await client.post("/api/shares", {
    energy: "low",
    contact: plant("contact", "card"),
    message: plant("message", "card"),
  });
  ok(share, 201, "share card");
  const revoked = await client.post("/api/shares", {
    energy: "some",
    contact: plant("gone", "erased"),
    message: plant("unsaid", "erased"),
  });
  ok(revoked, 201, "share card to revoke");
  ok(await client.delete(`/api/shares/${revoked.json().id}`), 204, "revoking a card");
  ok(
    await client.put("/api/safety-plan", { reasonsForLiving: [plant("reason")] }),
    200,
    "safety plan",
  );
  const assessment = await client.post("/api/assessments", {
    instrument: "ucla3",
    answers: [2, 1, 2],
  });
  ok(assessment, 201, "questionnaire");
  ok(
    await client.put("/api/routine", { anchors: [{ anchor: "wake", target: "07:30" }] }),
    200,
    "routine",
  );
  // The first feed address is revoked by turning the feed off, then a new one is made.
  const oldFeed = await client.post("/api/calendar/feed");
  ok(oldFeed, 201, "calendar feed");
  ok(await client.delete("/api/calendar/feed"), 204, "turning the feed off");
  const feed = await client.post("/api/calendar/feed");
  ok(feed, 201, "new calendar feed");

  const records: Records = {
    date: today,
    thought: keep("thought id", thought.json().id),
    person: keep("person id", person.json().id),
    activity: keep("activity id", activity.json().id),
    plan: keep("plan id", plan.json().id, "calendar"),
    share: keep("share id", share.json().id),
    ...server,
  };
  keep("revoked share id", revoked.json().id);
  keep("questionnaire id", assessment.json().id);
  return {
    records,
    secrets,
    shareToken: tokenOf(share.json().url),
    revokedShareToken: tokenOf(revoked.json().url),
    calendarToken: tokenOf(feed.json().url).replace(/\.ics$/, ""),
    revokedCalendarToken: tokenOf(oldFeed.json().url).replace(/\.ics$/, ""),
  } satisfies Seeded;
}

/**
 * A fresh server on one engine with an owner and a member, each with a full set of records; a
 * live and a revoked share link and calendar feed of the owner's; and a session cookie of the
 * owner's that has expired by the clock (made at setup, 31 days before the rest).
 */
export async function createMatrixWorld(engine: Engine): Promise<MatrixWorld> {
  // A tiny built app, so the static file route is registered and judged like the rest.
  const webRoot = mkdtempSync(path.join(tmpdir(), "reconnect-matrix-web-"));
  writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Reconnect</title>");
  const app = await createTestApp(engine, { webRoot });
  try {
    const first = await app.owner();
    const expiredCookie = cookieValue(first);
    app.clock.advance(SESSION_MS + 86_400_000);
    const today = localDateOf(app.clock.now());
    const ownerClient = await signIn(app, OWNER);
    // The admin arrives as admins do, by the owner's invitation.
    const adminInvitation = await ownerClient.post("/api/invitations", { role: "admin" });
    ok(adminInvitation, 201, "admin invitation");
    const adminToken = adminInvitation.json().url.replace(/^\/join\//, "");
    ok(
      await app.client().post(`/api/invitations/${adminToken}/accept`, ADMIN),
      201,
      "the admin joining",
    );
    const sessions: Record<Account, ApiClient | undefined> = {
      owner: ownerClient,
      member: await app.member(MEMBER.username),
      admin: await signIn(app, ADMIN),
    };
    const passwords: Record<Account, typeof OWNER> = { owner: OWNER, member: MEMBER, admin: ADMIN };
    // A session can end without its cookie being cleared: a sign-in sent with that cookie (say,
    // POST /api/session as the member) ends the session the cookie names and starts another.
    // A caller whose session is gone signs in afresh, as its browser would.
    const alive = async (client: ApiClient) =>
      (await app.store.db
        .selectFrom("sessions")
        .select("token_hash")
        .where("token_hash", "=", hashToken(cookieValue(client)))
        .executeTakeFirst()) !== undefined;
    const clientOf = async (account: Account) => {
      const current = sessions[account];
      if (current && (await alive(current))) return current;
      const fresh = await signIn(app, passwords[account]);
      sessions[account] = fresh;
      return fresh;
    };
    const openInvitation = await ownerClient.post("/api/invitations", { role: "member" });
    ok(openInvitation, 201, "open invitation");
    const server = {
      invitation: openInvitation.json().id,
      account: (await ownerClient.get("/api/me")).json().id,
    };
    const owner = await seed(await clientOf("owner"), "owner", "sam", today, server);
    const member = await seed(await clientOf("member"), "member", "robin", today, server);

    return {
      app,
      today,
      records: { owner: owner.records, member: member.records },
      secrets: [...owner.secrets, ...member.secrets],
      async credentials(caller) {
        switch (caller) {
          case "none":
            return {};
          case "expired":
            return { cookie: expiredCookie, token: expiredCookie };
          case "share":
            return { cookie: owner.shareToken, token: owner.shareToken };
          case "revokedShare":
            return { cookie: owner.revokedShareToken, token: owner.revokedShareToken };
          case "calendar":
            return { cookie: owner.calendarToken, token: owner.calendarToken };
          case "revokedCalendar":
            return { cookie: owner.revokedCalendarToken, token: owner.revokedCalendarToken };
          case "owner":
          case "member":
          case "admin": {
            const cookie = cookieValue(await clientOf(caller));
            return { cookie, token: cookie };
          }
        }
      },
      sessionEnded(account) {
        sessions[account] = undefined;
      },
      async snapshot(person) {
        const client = await clientOf(person);
        const { date } = person === "owner" ? owner.records : member.records;
        const reads = [
          "/api/me",
          `/api/checkins?from=${date}&to=${date}`,
          "/api/thoughts",
          "/api/people",
          "/api/activities?include=hidden",
          `/api/plans?from=${date}&to=${date}`,
          "/api/shares",
          "/api/safety-plan",
          "/api/assessments",
          "/api/routine",
          "/api/calendar/feed",
          "/api/calendar.ics",
        ];
        const seen: string[] = [];
        for (const url of reads) {
          const response = await client.get(url);
          seen.push(`${url} ${response.statusCode} ${withoutCatalogue(url, response.body)}`);
        }
        if (person === "owner") {
          // What the owner's links show to the people holding them.
          for (const url of [
            `/s/${owner.shareToken}`,
            `/api/calendar/${owner.calendarToken}.ics`,
          ]) {
            const response = await app.app.inject({ method: "GET", url });
            seen.push(`${url} ${response.statusCode} ${response.body}`);
          }
        }
        return seen;
      },
      async close() {
        await app.close();
        rmSync(webRoot, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
    throw error;
  }
}

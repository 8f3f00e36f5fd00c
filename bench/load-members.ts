import type { LocalDate } from "../src/core/dates/local-date.js";
import { cycleHistory } from "../test/support/insights-history.js";
import { type Answer, eachLimited, send, type Target } from "./load-http.js";

export interface Member {
  readonly username: string;
  /** The member's own session (`reconnect_session=…`), from accepting the invitation. */
  readonly cookie: string;
}

const OWNER = { username: "owner", password: "the owner's long load-test password" };
// Accepting hashes a password with argon2id (19 MiB): a few at once keep the machine usable.
const JOINING_AT_ONCE = 4;
const SEEDING_AT_ONCE = 16;

function expect(answer: Answer, status: number, what: string): Answer {
  if (answer.status !== status) {
    throw new Error(`${what} answered ${answer.status}, not ${status}: ${answer.body}`);
  }
  return answer;
}

/** Spreads the setup's requests over every process too, as a proxy would. */
function turns(targets: readonly Target[]): () => Target {
  let turn = 0;
  return () => {
    const target = targets[turn++ % targets.length];
    if (!target) throw new Error("no process to send to");
    return target;
  };
}

/**
 * Makes the owner, then `count` members the way people arrive on a shared server: the owner
 * invites each (`POST /api/invitations`) and each accepts with a name and password of their own
 * (`POST /api/invitations/{token}/accept`), which signs them in. Each then gets `historyDays` of
 * check-ins ending yesterday, varied per member, so every read has a few weeks to go through.
 */
export async function joinMembers(
  targets: readonly Target[],
  count: number,
  today: LocalDate,
  historyDays: number,
): Promise<Member[]> {
  const next = turns(targets);
  const setup = expect(
    await send(next(), "POST", "/api/setup", { body: OWNER, localDate: today }),
    201,
    "setup",
  );
  const owner = setup.session;
  if (!owner) throw new Error("setup set no session cookie");

  const members: Member[] = [];
  await eachLimited(
    Array.from({ length: count }, (_, i) => i),
    JOINING_AT_ONCE,
    async (i) => {
      const invited = expect(
        await send(next(), "POST", "/api/invitations", { cookie: owner, body: {} }),
        201,
        "inviting",
      );
      const token = String(JSON.parse(invited.body).url).replace(/^\/join\//, "");
      const username = `member${String(i + 1).padStart(3, "0")}`;
      const joined = expect(
        await send(next(), "POST", `/api/invitations/${token}/accept`, {
          body: { username, password: `${username}'s own long password` },
          localDate: today,
        }),
        201,
        "accepting",
      );
      if (!joined.session) throw new Error("accepting set no session cookie");
      members.push({ username, cookie: joined.session });
    },
  );

  // Yesterday and before: today's check-in is one the load test writes itself.
  const days = members.flatMap((member, i) =>
    cycleHistory(today, historyDays + 1, i + 1)
      .slice(0, historyDays)
      .map((day) => ({ member, day })),
  );
  await eachLimited(days, SEEDING_AT_ONCE, async ({ member, day }) => {
    expect(
      await send(next(), "PUT", `/api/checkins/${day.date}`, {
        cookie: member.cookie,
        body: day.checkin,
        localDate: today,
      }),
      200,
      "seeding a check-in",
    );
  });
  return members;
}

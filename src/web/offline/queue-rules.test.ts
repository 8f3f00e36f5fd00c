import { describe, expect, it } from "vitest";
import type { Checkin } from "../../core/checkins/checkin.schema.js";
import {
  afterSend,
  asCheckin,
  draftVersionAfterSend,
  keptMine,
  needsAChoice,
  nextSeq,
  outcomeOfFailure,
  type QueuedCheckin,
  queuedCheckinSchema,
  queuedSave,
  toSend,
} from "./queue-rules.js";

function item(over: Partial<QueuedCheckin>): QueuedCheckin {
  return {
    accountId: "ana",
    date: "2026-11-28",
    input: { mood: 4 },
    base: null,
    queuedAt: "2026-11-28T20:00:00.000Z",
    seq: 1,
    state: "waiting",
    ...over,
  };
}

const SERVER: Checkin = {
  date: "2026-11-28",
  mood: 2,
  connections: [],
  note: "From the laptop",
  updatedAt: "2026-11-28T21:00:00.000Z",
};

describe("queueing a save", () => {
  it("starts a new day at the end of the line, waiting", () => {
    const save = {
      accountId: "ana",
      date: "2026-11-28",
      input: { mood: 4 },
      base: "v1",
      queuedAt: "2026-11-28T20:00:00.000Z",
    };
    expect(queuedSave(undefined, save, 3)).toEqual({ ...save, seq: 3, state: "waiting" });
  });

  it("saving the same day again keeps its place and the version first edited, with the new answers", () => {
    const first = item({ base: "v1", seq: 2, input: { mood: 4 } });
    const again = queuedSave(
      first,
      { accountId: "ana", date: first.date, input: { mood: 6 }, base: "v9", queuedAt: "later" },
      7,
    );
    expect(again).toMatchObject({ seq: 2, base: "v1", input: { mood: 6 }, state: "waiting" });
  });

  it("saving again after a conflict sends it again, to be checked again", () => {
    const conflicted = item({ state: "conflict", current: SERVER });
    const again = queuedSave(conflicted, { ...conflicted, input: { mood: 5 } }, 9);
    expect(again.state).toBe("waiting");
    expect(again.current).toBeUndefined();
  });

  it("numbers after the last one, from 1 on an empty queue", () => {
    expect(nextSeq([])).toBe(1);
    expect(nextSeq([item({ seq: 4 }), item({ seq: 2 })])).toBe(5);
  });
});

describe("what is sent", () => {
  const queue = [
    item({ date: "2026-11-27", seq: 3 }),
    item({ accountId: "ben", date: "2026-11-26", seq: 1 }),
    item({ date: "2026-11-25", seq: 2 }),
    item({ date: "2026-11-24", seq: 4, state: "conflict", current: SERVER }),
  ];

  it("is the signed-in account's waiting days, in the order they were saved", () => {
    expect(toSend(queue, "ana").map((x) => x.date)).toEqual(["2026-11-25", "2026-11-27"]);
  });

  it("never holds another account's check-in", () => {
    expect(toSend(queue, "ben").map((x) => x.accountId)).toEqual(["ben"]);
    expect(toSend(queue, "cleo")).toEqual([]);
    expect(needsAChoice(queue, "ben")).toEqual([]);
  });

  it("leaves a day waiting on a choice out, and asks about it", () => {
    expect(needsAChoice(queue, "ana").map((x) => x.date)).toEqual(["2026-11-24"]);
  });
});

describe("after a send", () => {
  it("removes a saved day", () => {
    expect(afterSend(item({}), { kind: "saved" })).toEqual({ action: "remove" });
  });

  it("keeps a conflicting day with the server's version, to show both", () => {
    const outcome = outcomeOfFailure(409, { error: {}, current: SERVER }, "changed");
    expect(outcome).toEqual({ kind: "conflict", current: SERVER });
    expect(afterSend(item({}), outcome)).toEqual({
      action: "keep",
      item: { ...item({}), state: "conflict", current: SERVER },
    });
  });

  it("removes a conflicting day whose server version already holds the same answers", () => {
    // Another tab sent it first, or the answer to an earlier send was lost on the way back.
    const queued = item({ input: { mood: 2, note: "From the laptop", connections: [] } });
    expect(afterSend(queued, { kind: "conflict", current: SERVER })).toEqual({ action: "remove" });
    const differs = item({ input: { mood: 2, note: "From the phone" } });
    expect(afterSend(differs, { kind: "conflict", current: SERVER }).action).toBe("keep");
  });

  it("keeps a day deleted elsewhere as a conflict with nothing on the server", () => {
    expect(outcomeOfFailure(409, { current: null }, "")).toEqual({
      kind: "conflict",
      current: null,
    });
    // A 409 it cannot read still asks, rather than dropping the day.
    expect(outcomeOfFailure(409, "garbled", "")).toEqual({ kind: "conflict", current: null });
  });

  it.each([0, 429, 500, 503])("stops on %s and keeps the day for later, in order", (status) => {
    const outcome = outcomeOfFailure(status, null, "no");
    expect(outcome).toEqual({ kind: "later" });
    expect(afterSend(item({}), outcome)).toEqual({ action: "stop" });
  });

  it("stops on 401 and keeps the day, told apart so no try is made until a sign-in", () => {
    const outcome = outcomeOfFailure(401, null, "no");
    expect(outcome).toEqual({ kind: "signed-out" });
    expect(afterSend(item({}), outcome)).toEqual({ action: "stop" });
  });

  it("keeping this device's answers waits to send them over the version shown, or over none", () => {
    const changed = item({ state: "conflict", current: SERVER });
    expect(keptMine(changed)).toEqual({
      ...changed,
      base: SERVER.updatedAt,
      state: "waiting",
      current: undefined,
      problem: undefined,
    });
    // Deleted elsewhere: sent only as a new day, so one saved there since is asked about again.
    expect(keptMine(item({ state: "conflict", current: null })).base).toBeNull();
  });

  it("keeps a refused day with the server's words, never dropping it unseen", () => {
    const outcome = outcomeOfFailure(400, null, "Mood must be from 0 to 10.");
    expect(afterSend(item({}), outcome)).toEqual({
      action: "keep",
      item: { ...item({}), state: "refused", problem: "Mood must be from 0 to 10." },
    });
  });
});

describe("stored items", () => {
  it("read back through the schema, and something else is refused", () => {
    const kept = item({ input: { mood: 3, note: "Tired", connections: [{ mode: "call" }] } });
    expect(queuedCheckinSchema.parse(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(queuedCheckinSchema.safeParse({ accountId: "ana" }).success).toBe(false);
    expect(queuedCheckinSchema.safeParse({ ...kept, input: { mood: 11 } }).success).toBe(false);
  });

  it("shows as a check-in for its day, with its connections", () => {
    expect(asCheckin(item({ input: { mood: 3, note: "Tired" } }))).toEqual({
      date: "2026-11-28",
      mood: 3,
      note: "Tired",
      connections: [],
      updatedAt: "2026-11-28T20:00:00.000Z",
    });
  });
});

describe("a kept draft once its day was sent", () => {
  const item = { base: "2026-12-06T07:30:00.000Z" };
  const saved = { updatedAt: "2026-12-06T09:00:00.000Z" };

  it("follows the send when typed over the version the send named", () => {
    expect(draftVersionAfterSend(item.base, item, saved)).toBe(saved.updatedAt);
    // A day this device first saw empty, sent as its first check-in.
    expect(draftVersionAfterSend(null, { base: null }, saved)).toBe(saved.updatedAt);
  });

  it("is left alone over another version, or one not named", () => {
    expect(draftVersionAfterSend("2026-12-06T08:00:00.000Z", item, saved)).toBeUndefined();
    expect(draftVersionAfterSend(null, item, saved)).toBeUndefined();
    expect(draftVersionAfterSend(undefined, item, saved)).toBeUndefined();
  });
});

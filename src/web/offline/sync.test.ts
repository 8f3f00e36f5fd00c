import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeLocalStorage } from "../../../test/support/local-storage.js";
import { api } from "../api/reconnect.js";
import { draftKey, readDraft, writeDraft } from "../drafts/draft-store.js";
import { type DraftFollowed, HeardMoves, onDraftFollowed, versionNow } from "./queue-marker.js";
import { draftVersionSchema } from "./queue-rules.js";
import { clearQueue, enqueue } from "./queue-store.js";
import { syncQueue } from "./sync.js";

const DAY = "2026-12-05";
const BEFORE = "2026-12-05T08:00:00.000Z";
const SENT = "2026-12-05T20:00:00.000Z";

describe("a check-in kept on this device reaching the server", () => {
  beforeEach(() => {
    vi.stubGlobal("indexedDB", new IDBFactory());
    vi.stubGlobal("window", { localStorage: fakeLocalStorage() });
    vi.stubGlobal("localStorage", fakeLocalStorage());
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await clearQueue();
    vi.unstubAllGlobals();
  });

  it("moves the day's draft to the send's version and says so in the same moment, so a key pressed before the day reloads is written over that version", async () => {
    const key = draftKey("checkin", "u1", DAY);
    // Typed on after the save with no network, over the same version the save named.
    writeDraft(key, { draft: { mood: 4 }, base: BEFORE });
    await enqueue({
      accountId: "u1",
      date: DAY,
      input: { mood: 3 },
      base: BEFORE,
      queuedAt: BEFORE,
    });
    vi.spyOn(api, "saveCheckinIf").mockResolvedValue({
      date: DAY,
      mood: 3,
      connections: [],
      updatedAt: SENT,
    });
    // What the check-in screen does with a key pressed: writes over the version it stands on now.
    const heard: { followed: DraftFollowed; draftBase: string | null | undefined }[] = [];
    let followed: DraftFollowed | null = null;
    const stop = onDraftFollowed((said) => {
      followed = said;
      heard.push({ followed: said, draftBase: readDraft(key, draftVersionSchema)?.base });
    });
    const state = await syncQueue("u1", true);
    stop();

    expect(state.sent.map((checkin) => checkin.updatedAt)).toEqual([SENT]);
    expect(readDraft(key, draftVersionSchema)?.base).toBe(SENT);
    // Said as the draft was moved, not after: the queue was still being written then.
    expect(heard).toEqual([{ followed: { key, from: BEFORE, to: SENT }, draftBase: SENT }]);
    expect(versionNow(key, BEFORE, followed)).toBe(SENT);
  });

  it("leaves the version of another day's form, and of a form loaded over another version, alone", () => {
    const key = draftKey("checkin", "u1", DAY);
    const followed: DraftFollowed = { key, from: BEFORE, to: SENT };
    expect(versionNow(draftKey("checkin", "u1", "2026-12-04"), BEFORE, followed)).toBe(BEFORE);
    expect(versionNow(key, "2026-12-05T12:00:00.000Z", followed)).toBe("2026-12-05T12:00:00.000Z");
    expect(versionNow(key, null, followed)).toBeNull();
    expect(versionNow(key, BEFORE, null)).toBe(BEFORE);
    expect(versionNow(key, null, { key, from: null, to: SENT })).toBe(SENT);
  });

  /** Sends the day's queued check-in, made over `base`, to the server, which gives it SENT. */
  async function sendKept(base: string | null, moves: HeardMoves) {
    await enqueue({ accountId: "u1", date: DAY, input: { mood: 3 }, base, queuedAt: BEFORE });
    vi.spyOn(api, "saveCheckinIf").mockResolvedValue({
      date: DAY,
      mood: 3,
      connections: [],
      updatedAt: SENT,
    });
    const stop = onDraftFollowed((said) => moves.hear(said));
    await syncQueue("u1", true);
    stop();
  }

  it("forgets a move once the day is read again, so a day deleted elsewhere since is saved as new, not over the sent version", async () => {
    const key = draftKey("checkin", "u1", DAY);
    const moves = new HeardMoves();
    // A first check-in of the day, saved with no network; the person typed on after it.
    writeDraft(key, { draft: { mood: 4 }, base: null });
    moves.read(moves.beginReading(), { base: null });
    await sendKept(null, moves);
    expect(moves.versionNow(key, null)).toBe(SENT);
    // Read again once the queue is sent: the server gives the sent version.
    moves.read(moves.beginReading(), undefined);
    expect(moves.versionNow(key, SENT)).toBe(SENT);
    // The day is deleted on another device, and read again here: there is no check-in to name.
    moves.read(moves.beginReading(), undefined);
    expect(moves.versionNow(key, null)).toBeNull();
  });

  it("keeps a move heard while the day was being read, or before a reading that still found the send queued", async () => {
    const key = draftKey("checkin", "u1", DAY);
    const during = new HeardMoves();
    writeDraft(key, { draft: { mood: 4 }, base: BEFORE });
    const reading = during.beginReading();
    await sendKept(BEFORE, during);
    // The server answered before the send: the form stands over the version moved from.
    during.read(reading, undefined);
    expect(during.versionNow(key, BEFORE)).toBe(SENT);

    const before = new HeardMoves();
    before.hear({ key, from: BEFORE, to: SENT });
    // The queue is written after the move: a reading may find the sent check-in still there.
    before.read(before.beginReading(), { base: BEFORE });
    expect(before.versionNow(key, BEFORE)).toBe(SENT);
    // Once a reading finds it gone, the move is in what was read, and is forgotten.
    before.read(before.beginReading(), undefined);
    expect(before.versionNow(key, BEFORE)).toBe(BEFORE);
  });
});

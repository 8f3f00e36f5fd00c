import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeCacheStorage } from "../../../test/support/cache-storage.js";
import { CLEARED_CACHE, PERSONAL_CACHE } from "./cache-names.js";

type Copies = typeof import("./offline-copies.js");

const CHECKINS = "/api/checkins?from=2026-11-07&to=2026-12-06";
const SESSION = "/api/session";

let device: Map<string, Map<string, Response>>;

/** One tab of the browser: the copies' own module, with its own page state, over shared storage. */
async function tab(): Promise<Copies> {
  vi.resetModules();
  return import("./offline-copies.js");
}

function answer(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/**
 * Lets the wall clock move on: the copies' clock counts whole milliseconds, and an answer asked in
 * the very millisecond copies were let go cannot be told from one asked just after.
 */
function aMomentLater(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 2));
}

/** Waits until the copy at `path` is kept (keeping runs on after the answer is handed on). */
async function untilKept(path: string, note: string): Promise<void> {
  await vi.waitFor(async () => {
    const copy = device.get(PERSONAL_CACHE)?.get(path);
    expect(await copy?.clone().text()).toContain(note);
  });
}

/** A tab keeps `body` as the answer to `path`, asked for naming `account`, by default just now. */
function keep(
  copies: Copies,
  path: string,
  body: unknown,
  account: string | null,
  askedAt = copies.copiesClock(),
): void {
  copies.keepOfflineCopy(path, answer(body), account, askedAt);
}

/**
 * Puts `wrap` around the cache named `name`, in every tab: what `wrap` answers stands in for the
 * cache's own ways, the rest and every other cache stay as they are.
 */
function aroundCache(name: string, wrap: (cache: Cache) => Partial<Cache>): void {
  const storage: CacheStorage = Reflect.get(globalThis, "caches");
  const open = storage.open.bind(storage);
  vi.stubGlobal("caches", {
    ...storage,
    delete: storage.delete.bind(storage),
    keys: storage.keys.bind(storage),
    open: async (opened: string) => {
      const cache = await open(opened);
      if (opened !== name) return cache;
      return {
        match: cache.match.bind(cache),
        put: cache.put.bind(cache),
        delete: cache.delete.bind(cache),
        keys: cache.keys.bind(cache),
        ...wrap(cache),
      };
    },
  });
}

async function read(copies: Copies, path: string, account: string | null): Promise<unknown> {
  const copy = await copies.offlineCopy(path, account);
  return copy === undefined ? undefined : copy.json();
}

describe("answers kept for reading offline, on a browser two people share", () => {
  beforeEach(() => {
    device = fakeCacheStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("an answer of Sam's that lands after Robin signed in in another tab is never read as Robin's", async () => {
    const samsTab = await tab();
    const robinsTab = await tab();
    // Robin signs in: the copies before go, and who is signed in is kept.
    await robinsTab.clearOfflineCopies();
    robinsTab.keepOfflineAnswer(SESSION, { user: { id: "robin" }, needsOwner: false });
    await untilKept(SESSION, "robin");
    // An answer of Sam's lands now that got past the guard on answers asked before Robin's
    // sign-in (say the letting-go could not be noted on this browser): it is still Sam's only.
    keep(samsTab, CHECKINS, { checkins: [{ note: "Sam's words" }] }, "sam");
    await untilKept(CHECKINS, "Sam's words");

    // Offline, Robin's page opens: it learns it is Robin's, and reads nothing of Sam's.
    expect(await read(robinsTab, SESSION, null)).toEqual({
      user: { id: "robin" },
      needsOwner: false,
    });
    expect(await read(robinsTab, CHECKINS, "robin")).toBeUndefined();
    // Sam's page still reads Sam's own.
    expect(await read(samsTab, CHECKINS, "sam")).toEqual({ checkins: [{ note: "Sam's words" }] });
  });

  it("a page naming nobody reads who was signed in, and nobody's words", async () => {
    const copies = await tab();
    keep(copies, CHECKINS, { checkins: [{ note: "Sam's words" }] }, "sam");
    await untilKept(CHECKINS, "Sam's words");
    keep(copies, SESSION, { user: { id: "sam" }, needsOwner: false }, null);
    await untilKept(SESSION, "sam");

    expect(await read(copies, CHECKINS, null)).toBeUndefined();
    expect(await read(copies, SESSION, null)).toEqual({ user: { id: "sam" }, needsOwner: false });
  });

  it("the session's copy is whoever it says is signed in, whatever the request named", async () => {
    const copies = await tab();
    // Sam's page asks who is signed in just as Robin signs in elsewhere: the answer is Robin.
    keep(copies, SESSION, { user: { id: "robin" }, needsOwner: false }, "sam");
    await untilKept(SESSION, "robin");
    expect(device.get(PERSONAL_CACHE)?.get(SESSION)?.headers.get(copies.KEPT_FOR_HEADER)).toBe(
      "robin",
    );
  });

  it("letting one person's copies go leaves another's", async () => {
    const copies = await tab();
    keep(copies, CHECKINS, { checkins: [{ note: "Sam's words" }] }, "sam");
    keep(copies, "/api/safety-plan", { reasons: "Robin's reasons" }, "robin");
    await untilKept(CHECKINS, "Sam's words");
    await untilKept("/api/safety-plan", "Robin's reasons");

    await copies.clearOfflineCopiesOf("sam");

    expect(await read(copies, CHECKINS, "sam")).toBeUndefined();
    expect(await read(copies, "/api/safety-plan", "robin")).toEqual({
      reasons: "Robin's reasons",
    });
  });

  it("a sign-out the server did not answer leaves only the copies of someone else signed in since", async () => {
    const samsTab = await tab();
    const robinsTab = await tab();
    // Sam's copies, then Robin signs in in another tab and keeps theirs.
    keep(samsTab, CHECKINS, { checkins: [{ note: "Sam's words" }] }, "sam");
    await untilKept(CHECKINS, "Sam's words");
    robinsTab.keepOfflineAnswer(SESSION, { user: { id: "robin" }, needsOwner: false });
    keep(robinsTab, "/api/safety-plan", { reasons: "Robin's reasons" }, "robin");
    await untilKept(SESSION, "robin");
    await untilKept("/api/safety-plan", "Robin's reasons");

    // Sam's stale tab signs out with no network.
    await samsTab.clearOfflineCopiesAtSignOut("sam");

    expect(await read(robinsTab, CHECKINS, "sam")).toBeUndefined();
    expect(device.get(PERSONAL_CACHE)?.has(CHECKINS)).toBe(false);
    expect(await read(robinsTab, SESSION, null)).toEqual({
      user: { id: "robin" },
      needsOwner: false,
    });
    expect(await read(robinsTab, "/api/safety-plan", "robin")).toEqual({
      reasons: "Robin's reasons",
    });
  });

  it("a sign-out the server did not answer, of the person the kept session names, leaves nothing", async () => {
    const copies = await tab();
    copies.keepOfflineAnswer(SESSION, { user: { id: "sam" }, needsOwner: false });
    keep(copies, "/api/safety-plan", { reasons: "Sam's reasons" }, "sam");
    keep(copies, CHECKINS, { checkins: [{ note: "Robin's words" }] }, "robin");
    await untilKept(SESSION, "sam");
    await untilKept("/api/safety-plan", "Sam's reasons");
    await untilKept(CHECKINS, "Robin's words");

    await copies.clearOfflineCopiesAtSignOut("sam");

    expect(device.has(PERSONAL_CACHE)).toBe(false);
  });

  it("copies kept before they named their owner are read as the person the kept session names", async () => {
    // An earlier version kept these (no owner named); signing in then let every copy go, so they
    // are the last person's to sign in. The update comes online; the next open is offline.
    const plain = { "content-type": "application/json; charset=utf-8" };
    const kept = new Map<string, Response>([
      [SESSION, new Response(JSON.stringify({ user: { id: "robin" } }), { headers: plain })],
      [
        "/api/safety-plan",
        new Response(JSON.stringify({ reasons: "My sister" }), { headers: plain }),
      ],
    ]);
    device.set(PERSONAL_CACHE, kept);
    const copies = await tab();

    expect(await read(copies, SESSION, null)).toEqual({ user: { id: "robin" } });
    expect(await read(copies, "/api/safety-plan", "robin")).toEqual({ reasons: "My sister" });
    expect(await read(copies, "/api/safety-plan", "sam")).toBeUndefined();
  });

  it("a copy naming nobody is nobody's once the kept session names its owner", async () => {
    const copies = await tab();
    copies.keepOfflineAnswer(SESSION, { user: { id: "robin" }, needsOwner: false });
    await untilKept(SESSION, "robin");
    const plain = { "content-type": "application/json; charset=utf-8" };
    device
      .get(PERSONAL_CACHE)
      ?.set("/api/safety-plan", new Response(JSON.stringify({ reasons: "?" }), { headers: plain }));

    expect(await read(copies, "/api/safety-plan", "robin")).toBeUndefined();
  });

  it("a copy still being written when its person's copies are let go does not stay", async () => {
    // The browser writes a copy in its own time: hold this one until the clearing has run.
    let written: () => void = () => undefined;
    const writing = new Promise<void>((resolve) => {
      written = resolve;
    });
    let putStarted = false;
    let putDone = false;
    // Only the copies are held: the note of when they were let go is written as ever.
    aroundCache(PERSONAL_CACHE, (cache) => ({
      put: async (request: RequestInfo | URL, response: Response) => {
        putStarted = true;
        await writing;
        await cache.put(request, response);
        putDone = true;
      },
    }));
    const copies = await tab();
    keep(copies, "/api/safety-plan", { reasons: "Sam's reasons" }, "sam");
    await vi.waitFor(() => expect(putStarted).toBe(true));

    await copies.clearOfflineCopiesOf("sam");
    written();

    // Once the browser has written it, it goes.
    await vi.waitFor(() => expect(putDone).toBe(true));
    await vi.waitFor(() =>
      expect(device.get(PERSONAL_CACHE)?.has("/api/safety-plan") ?? false).toBe(false),
    );
  });
});

describe("who is signed in, kept as a tab opens while another tab signs in or out", () => {
  beforeEach(() => {
    device = fakeCacheStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // Each test ends by keeping a copy asked for after the other tab's sign-in or sign-out, and
  // waiting for it: the copies are written in the order they were handed over, so by then the
  // earlier answer has been written, or let go.

  it("an answer naming Sam, asked before Robin signed in in another tab, is not kept over Robin", async () => {
    // A tab opens on Sam's session and asks who is signed in.
    const samsTab = await tab();
    const askedAt = samsTab.copiesClock();
    await aMomentLater();
    // Before its answer lands (the app's script was still on its way), Robin signs in in another
    // tab: the copies before go, and Robin is kept as who is signed in.
    const robinsTab = await tab();
    await robinsTab.clearOfflineCopies();
    robinsTab.keepOfflineAnswer(SESSION, { user: { id: "robin" }, needsOwner: false });
    await untilKept(SESSION, "robin");

    // Sam's answer lands now; then Robin's tab keeps Robin's plan.
    keep(samsTab, SESSION, { user: { id: "sam" }, needsOwner: false }, null, askedAt);
    keep(robinsTab, "/api/safety-plan", { reasons: "Robin's reasons" }, "robin");
    await untilKept("/api/safety-plan", "Robin's reasons");

    // Offline, a tab opening reads who was last signed in here: Robin, never Sam (it would open
    // as Sam, keep Robin from Robin's own plan, and whatever Robin checked in there would wait on
    // the device to be sent as Sam's).
    const opening = await tab();
    expect(await read(opening, SESSION, null)).toEqual({
      user: { id: "robin" },
      needsOwner: false,
    });
    expect(await read(opening, "/api/safety-plan", "robin")).toEqual({
      reasons: "Robin's reasons",
    });
  });

  it("an answer asked before a tab that slept let the copies go is still not kept", async () => {
    const samsTab = await tab();
    const askedAt = samsTab.copiesClock();
    await aMomentLater();
    // Robin's tab was opened before the phone slept: its page clock stopped meanwhile and now
    // runs three hours behind the wall clock. Its letting go is still the later of the two.
    const HOURS_BEHIND = 3 * 60 * 60 * 1000;
    const pageClock = globalThis.performance;
    const wall = pageClock.timeOrigin + pageClock.now();
    vi.stubGlobal("performance", { timeOrigin: wall - HOURS_BEHIND, now: () => 0 });
    const robinsTab = await tab();
    await robinsTab.clearOfflineCopies();
    robinsTab.keepOfflineAnswer(SESSION, { user: { id: "robin" }, needsOwner: false });
    await untilKept(SESSION, "robin");
    vi.stubGlobal("performance", pageClock);

    keep(samsTab, SESSION, { user: { id: "sam" }, needsOwner: false }, null, askedAt);
    keep(robinsTab, "/api/safety-plan", { reasons: "Robin's reasons" }, "robin");
    await untilKept("/api/safety-plan", "Robin's reasons");

    expect(await read(await tab(), SESSION, null)).toEqual({
      user: { id: "robin" },
      needsOwner: false,
    });
  });

  it("an answer naming Sam, asked before Sam signed out in another tab, is not kept", async () => {
    const samsTab = await tab();
    const otherTab = await tab();
    otherTab.keepOfflineAnswer(SESSION, { user: { id: "sam" }, needsOwner: false });
    await untilKept(SESSION, "sam");
    // A tab opens and asks who is signed in; Sam signs out in another tab before it lands.
    const askedAt = samsTab.copiesClock();
    await aMomentLater();
    await otherTab.clearOfflineCopies();

    // The answer lands now; then the sign-in screen's own question is answered: nobody.
    keep(samsTab, SESSION, { user: { id: "sam" }, needsOwner: false }, null, askedAt);
    keep(otherTab, "/api/checkins/span", { first: null, last: null, asked: "after" }, null);
    await untilKept("/api/checkins/span", "after");

    // Offline, a tab opening finds nobody signed in: not Sam, who left.
    expect(await read(await tab(), SESSION, null)).toBeUndefined();
  });
});

describe("reading when the copies were last let go", () => {
  beforeEach(() => {
    device = fakeCacheStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Counts the reads of the note of the last letting-go, in every tab. */
  function countNoteReads(): () => number {
    let reads = 0;
    aroundCache(CLEARED_CACHE, (cache) => ({
      match: (request: RequestInfo | URL) => {
        reads += 1;
        return cache.match(request);
      },
    }));
    return () => reads;
  }

  it("answers landing together, as a page opens, share their reads of it", async () => {
    const reads = countNoteReads();
    const copies = await tab();
    keep(copies, SESSION, { user: { id: "sam" }, needsOwner: false }, null);
    keep(copies, "/api/safety-plan", { reasons: "Sam's reasons" }, "sam");
    keep(copies, "/api/checkins/span", { first: null, last: null }, "sam");
    keep(copies, CHECKINS, { checkins: [{ note: "Sam's words" }] }, "sam");
    await untilKept(SESSION, "sam");
    await untilKept("/api/safety-plan", "Sam's reasons");
    await untilKept("/api/checkins/span", "first");
    await untilKept(CHECKINS, "Sam's words");

    // Each copy looks before it is written and again after: eight looks. Those that come while a
    // read is under way share the next one; how many reads that makes depends on when each
    // write ends.
    expect(reads()).toBeLessThan(8);
  });

  it("answers landing together after a letting-go in another tab each still see it", async () => {
    const copies = await tab();
    const other = await tab();
    // Sam's tab asks; Sam signs out in the other tab before the answers land.
    const askedAt = copies.copiesClock();
    await aMomentLater();
    await other.clearOfflineCopies();
    // They land together with one asked after the sign-out (the sign-in screen's own question).
    keep(copies, "/api/safety-plan", { reasons: "Sam's reasons" }, "sam", askedAt);
    keep(copies, CHECKINS, { checkins: [{ note: "Sam's words" }] }, "sam", askedAt);
    keep(copies, "/api/checkins/span", { first: null, last: null }, null);
    await untilKept("/api/checkins/span", "first");

    expect(device.get(PERSONAL_CACHE)?.has("/api/safety-plan")).toBe(false);
    expect(device.get(PERSONAL_CACHE)?.has(CHECKINS)).toBe(false);
  });
});

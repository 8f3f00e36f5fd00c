import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeLocalStorage, mapStorage } from "../../../test/support/local-storage.js";
import { countDrafts, draftKey, writeDraft } from "./draft-store.js";
import {
  chooseNewDraft,
  type DraftLocks,
  heldItems,
  isNewItem,
  myNewItem,
  NEW_ITEM,
  newDraftCandidates,
  openNewDraft,
  rememberMyNewItem,
  untakenNewDrafts,
} from "./new-draft.js";

/** Locks as the browser keeps them for one origin: shared by every tab, taken "if available". */
function fakeLocks(): DraftLocks & { held: Set<string> } {
  const held = new Set<string>();
  return {
    held,
    async request(name, _options, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
    async query() {
      return { held: [...held].map((name) => ({ name })) };
    },
  };
}

const withWords = (items: string[]) => (item: string) => items.includes(item);
const name = (item: string) => `lock:${item}`;

describe("which new-thought draft a tab writes into", () => {
  it("tells new things' drafts, this release's and the last one's, from saved records'", () => {
    expect(isNewItem(NEW_ITEM)).toBe(true);
    expect(isNewItem("new-3fa2")).toBe(true);
    expect(isNewItem("0d9c1f2e-aaaa-bbbb-cccc-123456789abc")).toBe(false);
    expect(isNewItem("newer")).toBe(false);
  });

  it("tries the tab's own draft first, then others with words, the earlier release's first", () => {
    const items = ["new-b", "new-a", NEW_ITEM, "rec-1", "new-empty"];
    const words = withWords(["new-b", "new-a", NEW_ITEM, "rec-1", "new-mine"]);
    expect(newDraftCandidates("new-mine", [...items, "new-mine"], words)).toEqual([
      "new-mine",
      NEW_ITEM,
      "new-a",
      "new-b",
    ]);
  });

  it("keeps changes to saved things apart from new things' drafts, under their own base", () => {
    const items = ["new-a", "edit-act1-b", "edit", "edit-act2-c", "editor"];
    const words = withWords(items);
    expect(newDraftCandidates(undefined, items, words, "edit")).toEqual([
      "edit",
      "edit-act1-b",
      "edit-act2-c",
    ]);
    expect(newDraftCandidates(undefined, items, words)).toEqual(["new-a"]);
    expect(isNewItem("edit-act1-b")).toBe(false);
  });

  it("goes past the tab's own draft once it holds nothing (saved, say) to words left elsewhere", () => {
    expect(
      newDraftCandidates("new-mine", ["new-mine", "new-left"], withWords(["new-left"])),
    ).toEqual(["new-left"]);
  });

  it("leaves words another open tab is writing to it, and starts afresh", async () => {
    const locks = fakeLocks();
    locks.held.add(name("new-a"));
    const chosen = await chooseNewDraft(locks, name, ["new-a"], () => "new-fresh");
    expect(chosen).toMatchObject({ item: "new-fresh", kept: false });
    expect(locks.held.has(name("new-fresh"))).toBe(true);
  });

  it("takes up words nobody is writing, and holds them until let go", async () => {
    const locks = fakeLocks();
    locks.held.add(name("new-a"));
    const chosen = await chooseNewDraft(locks, name, ["new-a", "new-b"], () => "new-fresh");
    expect(chosen).toMatchObject({ item: "new-b", kept: true });
    // A third tab now finds both taken.
    const third = await chooseNewDraft(locks, name, ["new-a", "new-b"], () => "new-other");
    expect(third.item).toBe("new-other");
    chosen.release();
    await vi.waitFor(() => expect(locks.held.has(name("new-b"))).toBe(false));
  });

  it("never gives the same words to two tabs opened at the same moment", async () => {
    const locks = fakeLocks();
    let n = 0;
    const fresh = () => {
      n += 1;
      return `new-${n}`;
    };
    const [one, two] = await Promise.all([
      chooseNewDraft(locks, name, ["new-left"], fresh),
      chooseNewDraft(locks, name, ["new-left"], fresh),
    ]);
    expect([one.item, two.item].sort()).toEqual(["new-1", "new-left"]);
  });

  it("without locks, takes the first as before drafts had ids, or starts afresh", async () => {
    await expect(chooseNewDraft(undefined, name, ["new-a"], () => "x")).resolves.toMatchObject({
      item: "new-a",
      kept: true,
    });
    await expect(chooseNewDraft(undefined, name, [], () => "x")).resolves.toMatchObject({
      item: "x",
      kept: false,
    });
  });

  it("names the drafts open tabs hold, and none when the lock manager fails", async () => {
    const locks = fakeLocks();
    locks.held.add(name("new-a"));
    locks.held.add("something else");
    expect(await heldItems(locks, name, ["new-a", "new-b"])).toEqual(new Set(["new-a"]));
    const failing: DraftLocks = { ...locks, query: () => Promise.reject(new Error("no")) };
    expect(await heldItems(failing, name, ["new-a"])).toEqual(new Set());
  });
});

describe("new-thought drafts on the device", () => {
  let session: Map<string, string>;
  let local: Storage;
  /** A page loaded in a tab whose sessionStorage holds `items`; its window hears pagehide. */
  const openPageOn = (items: Map<string, string>): EventTarget => {
    const page = Object.assign(new EventTarget(), {
      localStorage: local,
      sessionStorage: mapStorage(items),
    });
    vi.stubGlobal("window", page);
    return page;
  };
  beforeEach(() => {
    local = fakeLocalStorage();
    session = new Map();
    openPageOn(session);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const words = (item: string) => item !== "new-empty";

  it("goes on with this tab's own draft after a reload, though others are left", async () => {
    const locks = fakeLocks();
    const first = await openNewDraft("thought", "ana", words, locks);
    expect(first.kept).toBe(false);
    writeDraft(draftKey("thought", "ana", first.item), { thought: "mine" });
    writeDraft(draftKey("thought", "ana", NEW_ITEM), { thought: "from the last release" });
    // The page goes, and its lock with it.
    first.release();
    await vi.waitFor(() => expect(locks.held.size).toBe(0));
    const reloaded = await openNewDraft("thought", "ana", words, locks);
    expect(reloaded).toMatchObject({ item: first.item, kept: true });
  });

  it("goes on with its own draft after the tab is reloaded, where a duplicate of the tab starts anew", async () => {
    const locks = fakeLocks();
    const tab = openPageOn(session);
    const first = await openNewDraft("activity", "ana", words, locks);
    writeDraft(draftKey("activity", "ana", first.item), { title: "Feed the ducks" });
    // "Duplicate tab" copies the tab's sessionStorage as it stands, its page still open: the
    // copy took the first tab's draft for its own, drew its words and then closed them.
    openPageOn(new Map(session));
    expect(myNewItem("activity", "ana")).toBeUndefined();
    const duplicate = await openNewDraft("activity", "ana", words, locks);
    expect(duplicate.kept).toBe(false);
    expect(duplicate.item).not.toBe(first.item);
    // The first tab reloaded: its page went, and the new one knows its draft at once.
    tab.dispatchEvent(new Event("pagehide"));
    first.release();
    await vi.waitFor(() =>
      expect(locks.held.has(draftKey("activity", "ana", first.item))).toBe(false),
    );
    openPageOn(session);
    expect(myNewItem("activity", "ana")).toBe(first.item);
    expect(await openNewDraft("activity", "ana", words, locks)).toMatchObject({
      item: first.item,
      kept: true,
    });
  });

  it("keeps its own draft's id in the tab while hidden, as a phone may end a hidden tab unasked", async () => {
    const tab = openPageOn(session);
    const first = await openNewDraft("activity", "ana", words, fakeLocks());
    const seen = { visibilityState: "hidden" };
    vi.stubGlobal("document", seen);
    tab.dispatchEvent(new Event("visibilitychange"));
    expect([...session.values()]).toContain(first.item);
    seen.visibilityState = "visible";
    tab.dispatchEvent(new Event("visibilitychange"));
    expect([...session.values()]).not.toContain(first.item);
  });

  it("leaves its own draft's id in the tab when it opens hidden or begins one while hidden", async () => {
    const tab = openPageOn(session);
    const first = await openNewDraft("activity", "ana", words, fakeLocks());
    tab.dispatchEvent(new Event("pagehide"));
    // Restored in the background: a phone may end it before it is ever shown.
    vi.stubGlobal("document", { visibilityState: "hidden" });
    const restored = new Map(session);
    openPageOn(restored);
    expect(myNewItem("activity", "ana")).toBe(first.item);
    expect([...restored.values()]).toContain(first.item);
    // A new one begun as the tab went to the background is there at once too.
    const hiddenTab = new Map<string, string>();
    openPageOn(hiddenTab);
    rememberMyNewItem("thought", "ana", "begun-hidden");
    expect([...hiddenTab.values()]).toContain("begun-hidden");
  });

  it("offers the earlier release's draft, nobody's now, and a closed tab's", async () => {
    const locks = fakeLocks();
    writeDraft(draftKey("thought", "ana", NEW_ITEM), { thought: "from the last release" });
    writeDraft(draftKey("thought", "ana", "new-closed"), { thought: "a closed tab's" });
    writeDraft(draftKey("thought", "ana", "rec-1"), { thought: "a saved record's" });
    writeDraft(draftKey("thought", "bo", "new-bo"), { thought: "someone else's" });
    expect(await untakenNewDrafts("thought", "ana", words, locks)).toEqual([
      NEW_ITEM,
      "new-closed",
    ]);
    const opened = await openNewDraft("thought", "ana", words, locks);
    expect(opened).toMatchObject({ item: NEW_ITEM, kept: true });
    // Held by the tab that opened it: offered no longer.
    expect(await untakenNewDrafts("thought", "ana", words, locks)).toEqual(["new-closed"]);
  });

  it("keeps each new draft among the person's own, for signing out to find and clear", () => {
    writeDraft(draftKey("thought", "ana", "new-1"), { thought: "one" });
    writeDraft(draftKey("thought", "ana", "new-2"), { thought: "two" });
    writeDraft(draftKey("thought", "bo", "new-3"), { thought: "three" });
    expect(countDrafts("ana")).toBe(2);
    expect(countDrafts("bo")).toBe(1);
  });
});

describe("words this tab has just left", () => {
  it("are offered at once, not taken for another tab's while their lock is being freed", async () => {
    const held = new Set<string>();
    // A lock manager that frees a released lock only a while later, as a browser may.
    const slow: DraftLocks = {
      async request(lockName, _options, callback) {
        if (held.has(lockName)) return callback(null);
        held.add(lockName);
        await callback({ name: lockName });
        await new Promise((later) => setTimeout(later, 20));
        held.delete(lockName);
      },
      async query() {
        return { held: [...held].map((lockName) => ({ name: lockName })) };
      },
    };
    const chosen = await chooseNewDraft(slow, name, [], () => "new-left");
    chosen.release();
    expect(await heldItems(slow, name, ["new-left"])).toEqual(new Set());
    const again = await chooseNewDraft(slow, name, ["new-left"], () => "new-fresh");
    expect(again).toMatchObject({ item: "new-left", kept: true });
  });
});

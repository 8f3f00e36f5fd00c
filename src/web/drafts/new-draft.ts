import { draftItems, draftKey } from "./draft-store.js";

/**
 * Which draft a tab writing something new (a thought record not saved yet) writes into.
 *
 * Each new thing gets its own draft, `<NEW_ITEM>-<id>`, so two tabs writing at once never share
 * one and the last typed never replaces the other. The tab keeps its draft's id in its
 * sessionStorage, which a reload of that tab keeps and a new tab does not, and holds a Web Lock
 * named after the draft's key while its screen is open: another tab can then tell words someone
 * is still writing from words left by a tab that was closed or crashed, and takes over only those.
 * The id is in sessionStorage only while the page is away (see myItems), so a duplicated tab,
 * which copies sessionStorage, starts as a new tab rather than as a second owner of the draft.
 * A draft kept by an earlier release under the one shared name (`<NEW_ITEM>` alone) is read the
 * same way, as words nobody is writing any more.
 *
 * A change to something saved (an own activity being edited) is kept the same way, each tab its
 * own, under another `base` than NEW_ITEM: `<base>-<thing's id>-<id>`, so changes to different
 * things never share a draft either.
 */

/** The item a new thing's draft was kept under before each had its own, and begins each one's. */
export const NEW_ITEM = "new";

/** True for the item of a new thing's draft (or `base`'s), this release's or an earlier one's. */
export function isNewItem(item: string, base: string = NEW_ITEM): boolean {
  return item === base || item.startsWith(`${base}-`);
}

/** A fresh new-thing item; random, so two tabs opening at the same moment never pick the same. */
export function freshNewItem(base: string = NEW_ITEM): string {
  // getRandomValues, not randomUUID: it is there on a plain-http address too.
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${base}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The drafts a tab may take up, in the order it tries them: its own (kept across its reloads)
 * first, then any other new-thing draft with words in it. `items` are the person's new-thing
 * drafts as storage lists them; `holdsWords` says whether one has anything written.
 */
export function newDraftCandidates(
  mine: string | undefined,
  items: readonly string[],
  holdsWords: (item: string) => boolean,
  base: string = NEW_ITEM,
): string[] {
  const others = items
    .filter((item) => isNewItem(item, base) && item !== mine && holdsWords(item))
    // The earlier release's draft first, then a fixed order, so the list and the screen that
    // opens from it name the same one.
    .sort((a, b) => (a === base ? -1 : b === base ? 1 : a.localeCompare(b)));
  return mine !== undefined && holdsWords(mine) ? [mine, ...others] : others;
}

/** As much of the browser's LockManager as is used here, so a test can stand in for it. */
export interface DraftLocks {
  request(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

/** Lets go of a draft's lock, so another tab may take up its words. */
export type Release = () => void;

/**
 * Locks this tab has let go of that the lock manager has not yet freed, each with when it will
 * have. Leaving a new record for the list frees its lock a moment after the list looks: waiting
 * for it, the list offers the words just left rather than taking them for another tab's.
 */
const lettingGo = new Map<string, Promise<unknown>>();

/** Until every lock this tab has let go of is free again. */
async function settled(): Promise<void> {
  await Promise.all([...lettingGo.values()]);
}

/**
 * Holds the lock named `name` until the returned release is called, or resolves null at once when
 * another tab holds it. A lock manager that fails is taken as none at all: the words matter more.
 */
export async function tryHold(locks: DraftLocks, name: string): Promise<Release | null> {
  await lettingGo.get(name);
  return new Promise((resolve) => {
    const done = locks
      .request(name, { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve(null);
          return Promise.resolve();
        }
        return new Promise<void>((release) => {
          resolve(() => {
            lettingGo.set(name, done);
            release();
          });
        });
      })
      .catch(() => resolve(() => undefined))
      .finally(() => {
        if (lettingGo.get(name) === done) lettingGo.delete(name);
      });
  });
}

export interface ChosenDraft {
  item: string;
  /** True when the draft was already there (this tab's own, or one left by a closed tab). */
  kept: boolean;
  release: Release;
}

/**
 * The draft this tab writes into: the first of `candidates` no other tab holds, or a fresh one.
 * Taking each lock "if available" both checks and claims it in one step, so two tabs opened at
 * once never both take up the same words. Without locks (an older browser, a plain-http
 * address), no tab can be told apart: the first candidate is taken, as before drafts had ids.
 */
export async function chooseNewDraft(
  locks: DraftLocks | undefined,
  lockName: (item: string) => string,
  candidates: readonly string[],
  fresh: () => string = freshNewItem,
): Promise<ChosenDraft> {
  if (locks === undefined) {
    const first = candidates[0];
    return first === undefined
      ? { item: fresh(), kept: false, release: () => undefined }
      : { item: first, kept: true, release: () => undefined };
  }
  for (const item of candidates) {
    const release = await tryHold(locks, lockName(item));
    if (release) return { item, kept: true, release };
  }
  const item = fresh();
  return {
    item,
    kept: false,
    release: (await tryHold(locks, lockName(item))) ?? (() => undefined),
  };
}

/** The new-thing drafts some open tab is writing now; with no lock manager, none can be told. */
export async function heldItems(
  locks: DraftLocks | undefined,
  lockName: (item: string) => string,
  items: readonly string[],
): Promise<Set<string>> {
  if (locks === undefined) return new Set();
  try {
    await settled();
    const { held = [] } = await locks.query();
    const names = new Set(held.map((lock) => lock.name));
    return new Set(items.filter((item) => names.has(lockName(item))));
  } catch {
    return new Set();
  }
}

/** The browser's lock manager, where there is one. */
export function browserLocks(): DraftLocks | undefined {
  return typeof navigator !== "undefined" && "locks" in navigator ? navigator.locks : undefined;
}

/** Every key a tab keeps its drafts' ids under begins with this. */
const MINE_PREFIX = "reconnect:new-draft:";

/** Where a tab keeps the id of the new thing (or `base`'s) it is writing for one person on one screen. */
function mineKey(screen: string, userId: string, base: string): string {
  const key = `${MINE_PREFIX}${screen}:${userId}`;
  return base === NEW_ITEM ? key : `${key}:${base}`;
}

/** The ids this page writes into, by mineKey, and the tab storage they were taken from. */
let mine: { store: Storage; items: Map<string, string>; putBack: () => void } | undefined;

/** Whether the page is on screen: a hidden page may be ended without any further event. */
function shown(): boolean {
  return typeof document === "undefined" || document.visibilityState !== "hidden";
}

/**
 * The ids of the drafts this tab writes into, kept in the page while it is open and in the tab's
 * sessionStorage only while it is not. "Duplicate tab" copies sessionStorage as it stands: with
 * the ids there, the copy took the first tab's draft for its own, drew the form open on its words
 * and closed it again once it found them held. A reload (or Back to the page) still finds them,
 * as the page puts them back as it goes. A tab that crashed put nothing back: its words are then
 * offered as a closed tab's, which still keeps them. While the page is hidden they stay in the
 * tab too (see below), so a copy of a tab in the background still takes them, as before.
 */
function myItems(): Map<string, string> {
  let store: Storage;
  try {
    store = window.sessionStorage;
  } catch {
    return new Map();
  }
  if (mine?.store === store) return mine.items;
  const items = new Map<string, string>();
  const takeOut = () => {
    try {
      for (const key of items.keys()) store.removeItem(key);
    } catch {
      // Storage refused: nothing could be copied from it either.
    }
  };
  const putBack = () => {
    try {
      for (const [key, item] of items) store.setItem(key, item);
    } catch {
      // Storage refused: a reload then offers the words as a closed tab's, which still keeps them.
    }
  };
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      const item = key?.startsWith(MINE_PREFIX) ? store.getItem(key) : null;
      if (key != null && item !== null) items.set(key, item);
    }
  } catch {
    // Storage refused: this tab goes on as a new one.
  }
  mine = { store, items, putBack };
  // A tab restored in the background starts hidden: its ids stay where a phone ending it finds them.
  if (shown()) takeOut();
  // Put back as the page goes (a reload, a link followed, the tab frozen to save memory), taken
  // out again if the page comes back as it was.
  window.addEventListener("pagehide", putBack);
  window.addEventListener("freeze", putBack);
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) takeOut();
  });
  window.addEventListener("resume", () => {
    if (shown()) takeOut();
  });
  // A phone may end a hidden tab with neither pagehide nor freeze (Safari does): hidden is the
  // last moment a page can count on, so the ids go back then too, and out again when it shows.
  window.addEventListener("visibilitychange", () => {
    if (shown()) takeOut();
    else putBack();
  });
  return items;
}

/** The new-thing draft this tab was writing (before a reload), if any. */
export function myNewItem(
  screen: string,
  userId: string,
  base: string = NEW_ITEM,
): string | undefined {
  return myItems().get(mineKey(screen, userId, base));
}

/** Remembers, for this tab only, which new-thing draft it is writing. */
export function rememberMyNewItem(
  screen: string,
  userId: string,
  item: string,
  base: string = NEW_ITEM,
): void {
  myItems().set(mineKey(screen, userId, base), item);
  // Begun just as the tab went to the background: no later event may come to put it there.
  if (!shown()) mine?.putBack();
}

/**
 * One person's new-thing drafts with words on one screen, in the order a tab tries them, whether
 * or not an open tab is writing them: known at once, where which are taken is known a moment later.
 */
export function newDraftsOnDevice(
  screen: string,
  userId: string,
  holdsWords: (item: string) => boolean,
  base: string = NEW_ITEM,
): string[] {
  const items = draftItems(screen, userId).filter((item) => isNewItem(item, base));
  return newDraftCandidates(myNewItem(screen, userId, base), items, holdsWords, base);
}

/**
 * One person's new-thing drafts on one screen that a tab may take up, in the order it tries them,
 * with the ones open tabs are writing left out: what "Write down a thought" would open, and what
 * the list offers to go on with.
 */
export async function untakenNewDrafts(
  screen: string,
  userId: string,
  holdsWords: (item: string) => boolean,
  locks: DraftLocks | undefined = browserLocks(),
): Promise<string[]> {
  const candidates = newDraftsOnDevice(screen, userId, holdsWords);
  const held = await heldItems(locks, (item) => draftKey(screen, userId, item), candidates);
  return candidates.filter((item) => !held.has(item));
}

/** Which kind of draft a tab opens: new things' (the default) or changes kept under another base. */
export interface DraftKind {
  /** What the kind's items begin with; NEW_ITEM when not given. */
  base?: string;
  /** A fresh item of the kind, when no kept one is taken up. */
  fresh?: () => string;
}

/**
 * Opens a new thing on `screen` for `userId`: the draft this tab goes on with (its own after a
 * reload, else one nobody is writing, else a fresh one), held until `release` is called.
 */
export async function openNewDraft(
  screen: string,
  userId: string,
  holdsWords: (item: string) => boolean,
  locks: DraftLocks | undefined = browserLocks(),
  { base = NEW_ITEM, fresh = () => freshNewItem(base) }: DraftKind = {},
): Promise<ChosenDraft> {
  const candidates = newDraftsOnDevice(screen, userId, holdsWords, base);
  const chosen = await chooseNewDraft(
    locks,
    (item) => draftKey(screen, userId, item),
    candidates,
    fresh,
  );
  rememberMyNewItem(screen, userId, chosen.item, base);
  return chosen;
}

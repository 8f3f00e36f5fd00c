import { z } from "zod";
import { reportStorageProblem } from "../app/device-storage.js";

/**
 * Every draft key starts with this, so a person's drafts can be found and cleared whichever
 * screen (or helper) wrote them: `reconnect:draft:<screen>:<userId>[:<item>]`.
 */
export const DRAFT_PREFIX = "reconnect:draft:";

/** Raised when the shape of a stored draft changes; an older draft is then dropped, never misread. */
const DRAFT_VERSION = 1;

const envelopeSchema = z.object({ v: z.literal(DRAFT_VERSION), value: z.unknown() });

export function draftKey(screen: string, userId: string, item?: string): string {
  return `${DRAFT_PREFIX}${screen}:${userId}${item === undefined ? "" : `:${item}`}`;
}

/** Storage can be missing or refuse every call (a locked-down browser): drafts then just aren't kept. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The draft kept under `key`, or undefined. A draft that is not valid JSON, was written by
 * another version, or does not fit `schema` is removed quietly: a broken draft must never stop a
 * person reaching the screen it belongs to. `schema` may be a function that builds it, so a
 * screen with no draft kept never pays for building one.
 */
export function readDraft<T>(
  key: string,
  schema: z.ZodType<T> | (() => z.ZodType<T>),
): T | undefined {
  const store = storage();
  let text: string | null = null;
  try {
    text = store?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    removeDraft(key);
    return undefined;
  }
  const envelope = envelopeSchema.safeParse(json);
  const check = typeof schema === "function" ? schema() : schema;
  const value = envelope.success ? check.safeParse(envelope.data.value) : undefined;
  if (value?.success) return value.data;
  removeDraft(key);
  return undefined;
}

/** Keeps a draft. A full or refused storage is not the person's problem: the words stay on screen. */
export function writeDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify({ v: DRAFT_VERSION, value }));
  } catch {
    // Quota exceeded or storage refused: the words stay on screen, and the person is told once
    // that they are not kept on the device.
    reportStorageProblem();
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Storage refused: there is nothing kept to remove.
  }
}

/**
 * The items one person has drafts kept for on one screen (`<item>` in
 * `reconnect:draft:<screen>:<userId>:<item>`), such as the records or people they belong to.
 */
export function draftItems(screen: string, userId: string): string[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${draftKey(screen, userId)}:`;
  const items: string[] = [];
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) items.push(key.slice(prefix.length));
    }
  } catch {
    // Storage refused: nothing could have been kept either.
  }
  return items;
}

/**
 * Removes one person's drafts on one screen for every item not in `existing`. A record or person
 * deleted on another device leaves its draft behind on this one, where nothing can open it again
 * and signing out would still warn of unsaved words; the screen that has just been given the whole
 * list lets those go. `existing` holds what is still there, and any item that is not a saved one
 * (a new record's draft, say).
 */
export function removeDraftsNotIn(
  screen: string,
  userId: string,
  existing: Iterable<string>,
): void {
  const keep = new Set(existing);
  for (const item of draftItems(screen, userId)) {
    if (!keep.has(item)) removeDraft(draftKey(screen, userId, item));
  }
}

/** Every key of one person's drafts on this device; none when storage refuses. */
function draftKeysOf(store: Storage, userId: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      // `reconnect:draft:<screen>:<userId>[:<item>]`
      if (key?.startsWith(DRAFT_PREFIX) && key.slice(DRAFT_PREFIX.length).split(":")[1] === userId)
        keys.push(key);
    }
  } catch {
    // Storage refused: nothing could have been kept either.
  }
  return keys;
}

/** How many drafts one person has on this device: what signing out would take from them. */
export function countDrafts(userId: string): number {
  const store = storage();
  return store ? draftKeysOf(store, userId).length : 0;
}

/**
 * One person's drafts go, every screen's: on signing out here, signing out everywhere or erasing
 * the account from "Your data", or when their session was ended from somewhere else (a new
 * password, the account paused or erased). Other people's drafts on a shared device stay for them.
 */
export function clearDraftsOf(userId: string): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of draftKeysOf(store, userId)) store.removeItem(key);
  } catch {
    // Storage refused: nothing could have been kept either.
  }
}

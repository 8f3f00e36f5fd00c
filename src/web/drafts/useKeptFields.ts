import { useState } from "react";
import { removeDraft, writeDraft } from "./draft-store.js";

export interface KeptFieldsOptions<T> {
  /** Where the words are kept on this device as they are typed; null (nobody signed in) keeps none. */
  key: string | null;
  /** The fields a fresh form starts with: empty, prefilled, or the thing as saved. Read once. */
  start: T;
  /**
   * The draft kept under `key`, read back and checked, or undefined. Called once, on opening, and
   * only when there is a key.
   */
  kept: (key: string) => T | undefined;
  /** Whether two sets of fields say the same: an untouched form keeps and offers nothing. */
  same: (a: T, b: T) => boolean;
  /** What is written for the fields (they may be wrapped with what they belong to). */
  stored?: (fields: T) => unknown;
}

/**
 * The draft a form opens on, or undefined. One that says the same as how the form opens (saved
 * the same way elsewhere, or a thought that now offers the same words) says nothing new: it is
 * removed quietly rather than offered.
 */
export function openingDraft<T>({
  key,
  start,
  kept,
  same,
}: Pick<KeptFieldsOptions<T>, "key" | "start" | "kept" | "same">): T | undefined {
  if (key === null) return undefined;
  const found = kept(key);
  if (found === undefined) return undefined;
  if (same(found, start)) {
    removeDraft(key);
    return undefined;
  }
  return found;
}

/** Keeps the fields as they now stand: written when they differ from the start, removed when not. */
export function keepFields<T>(
  { key, start, same, stored }: Omit<KeptFieldsOptions<T>, "kept">,
  fields: T,
): void {
  if (key === null) return;
  if (same(fields, start)) removeDraft(key);
  else writeDraft(key, stored ? stored(fields) : fields);
}

/**
 * A form's fields, kept on the device as they change so "Get help now" (a full page load), Back
 * or a reload loses nothing. The form starts from a draft found on opening, and `restored` says
 * so until the draft is discarded; `discard` removes it and goes back to how the form opened.
 * Saving or cancelling is the form's own to handle: it removes the draft under the same key.
 */
export function useKeptFields<T extends object>(options: KeptFieldsOptions<T>) {
  const { key, same, stored } = options;
  // Read once: later renders may pass a fresh start (today's date, say), but the form opened on
  // this one and discarding goes back to it.
  const [start] = useState(() => options.start);
  const [found] = useState(() => openingDraft({ ...options, start }));
  const [fields, setFields] = useState<T>(found ?? start);
  const [restored, setRestored] = useState(found !== undefined);

  function change(edit: Partial<T>) {
    const next = { ...fields, ...edit };
    setFields(next);
    // Written here, not in an effect: a tap on "Get help now" straight after typing leaves first.
    keepFields({ key, start, same, stored }, next);
  }

  function discard() {
    if (key !== null) removeDraft(key);
    setFields(start);
    setRestored(false);
  }

  return { fields, change, restored, discard };
}

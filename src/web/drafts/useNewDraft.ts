import { useContext, useEffect, useRef, useState } from "react";
import { DraftOwner } from "./DraftOwner.js";
import { draftKey } from "./draft-store.js";
import { myNewItem, openNewDraft } from "./new-draft.js";

/** The draft a screen writes something new into, once chosen. */
export interface NewDraft<T> {
  /** Where this tab keeps its words as they are typed; null when nobody is signed in. */
  key: string | null;
  /** The words it goes on with (its own before a reload, or a closed tab's), if any. */
  kept: T | undefined;
}

/** Nobody signed in keeps nothing, and has nothing to wait for. */
const NONE: NewDraft<never> = { key: null, kept: undefined };

/**
 * This tab's own draft for something new on `screen` (see new-draft.ts), held for as long as the
 * component is in the page: null for the moment it takes to choose, so a form opens on the words
 * it goes on with rather than empty. `read` gives a draft's words, or undefined when it holds none
 * worth going on with; only drafts it gives words for are taken up from other tabs.
 */
export function useNewDraft<T>(
  screen: string,
  read: (key: string) => T | undefined,
): NewDraft<T> | null {
  const owner = useContext(DraftOwner);
  // Read when the draft is chosen, not on every render: the screen's function may be new each time.
  const reader = useRef(read);
  reader.current = read;
  const [chosen, setChosen] = useState<{ owner: string; draft: NewDraft<T> } | null>(null);

  useEffect(() => {
    if (owner === null) return;
    let open = true;
    let release = (): void => undefined;
    const keyOf = (item: string) => draftKey(screen, owner, item);
    void openNewDraft(screen, owner, (item) => reader.current(keyOf(item)) !== undefined).then(
      (draft) => {
        release = draft.release;
        if (!open) {
          release();
          return;
        }
        const key = keyOf(draft.item);
        setChosen({ owner, draft: { key, kept: draft.kept ? reader.current(key) : undefined } });
      },
    );
    return () => {
      open = false;
      release();
    };
  }, [screen, owner]);

  if (owner === null) return NONE;
  // A draft chosen for someone signed in before in this page is never theirs who is now.
  return chosen?.owner === owner ? chosen.draft : null;
}

/**
 * The draft this tab was writing on `screen` before a reload, when it still holds words: read from
 * this tab's storage in the first render, where useNewDraft's choice waits a moment on a lock. A
 * screen can draw its form open on these words at once, so it has its full height the moment the
 * page is scrolled back to where the person was (scroll-back.ts), rather than opening a moment
 * later in view and pushing what is below it down. useNewDraft's choice, once made, is the one
 * to go on with: nearly always this same draft, unless another tab took it up meanwhile. Nothing
 * may be written under its key before then, since no lock is held for it yet.
 */
export function useOwnNewDraft<T>(
  screen: string,
  read: (key: string) => T | undefined,
): NewDraft<T> | undefined {
  const owner = useContext(DraftOwner);
  const [own] = useState(() => {
    if (owner === null) return undefined;
    const item = myNewItem(screen, owner);
    if (item === undefined) return undefined;
    const key = draftKey(screen, owner, item);
    const kept = read(key);
    return kept === undefined ? undefined : { owner, draft: { key, kept } };
  });
  // Only the person it was read for: someone signed in later in the page starts with nothing.
  return own?.owner === owner ? own.draft : undefined;
}

import { useContext, useEffect, useRef, useState } from "react";
import { DraftOwner } from "./DraftOwner.js";
import { draftKey } from "./draft-store.js";
import { openNewDraft } from "./new-draft.js";

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

import { useContext, useEffect, useRef, useState } from "react";
import { DraftOwner } from "./DraftOwner.js";
import { draftKey } from "./draft-store.js";
import { freshNewItem, openNewDraft, type Release } from "./new-draft.js";

/** What every change's draft begins with: `edit-<thing's id>-<this tab's id>` (see new-draft.ts). */
export const EDIT_ITEM = "edit";

/** The change a tab is writing to one saved thing. */
export interface EditDraft {
  /** The thing being changed. */
  id: string;
  /** Where this tab keeps the change as it is typed. */
  key: string;
  /** True when words kept before (this tab's own, or a closed tab's) were taken up. */
  kept: boolean;
}

const letGo: Release = () => undefined;

/**
 * This tab's own draft of a change to one saved thing on `screen`, chosen as a new thing's is
 * (see new-draft.ts): one draft per thing and per tab, so changes to two things never mix, and
 * words another open tab is writing are left to it while a closed tab's are taken up. `idOf`
 * gives the thing a kept draft changes, or undefined when it holds nothing worth going on with.
 *
 * On opening, the screen goes on with the change this tab was writing before a reload (or one a
 * closed tab left): `reopened` says so, once chosen. `begin` opens a change to another thing;
 * `end` lets the change go, to be taken up by another tab only if its words are still kept.
 */
export function useEditDraft(screen: string, idOf: (key: string) => string | undefined) {
  const owner = useContext(DraftOwner);
  const reader = useRef(idOf);
  reader.current = idOf;
  const held = useRef(letGo);
  // Each choice made supersedes the ones before it still waiting for a lock.
  const choosing = useRef(0);
  const [current, setCurrent] = useState<{ owner: string; draft: EditDraft | null } | null>(null);
  const [reopened, setReopened] = useState(false);

  function hold(release: Release) {
    held.current();
    held.current = release;
  }

  useEffect(() => {
    if (owner === null) return;
    const turn = ++choosing.current;
    const keyOf = (item: string) => draftKey(screen, owner, item);
    void openNewDraft(
      screen,
      owner,
      (item) => reader.current(keyOf(item)) !== undefined,
      undefined,
      { base: EDIT_ITEM },
    ).then((chosen) => {
      const id = chosen.kept ? reader.current(keyOf(chosen.item)) : undefined;
      if (turn !== choosing.current || id === undefined) {
        chosen.release();
        if (turn === choosing.current) setCurrent({ owner, draft: null });
        return;
      }
      hold(chosen.release);
      setCurrent({ owner, draft: { id, key: keyOf(chosen.item), kept: true } });
      setReopened(true);
    });
    return () => {
      choosing.current += 1;
      hold(letGo);
    };
  }, [screen, owner]);

  async function begin(id: string): Promise<void> {
    if (owner === null) return;
    const turn = ++choosing.current;
    hold(letGo);
    const keyOf = (item: string) => draftKey(screen, owner, item);
    const chosen = await openNewDraft(
      screen,
      owner,
      (item) => reader.current(keyOf(item)) === id,
      undefined,
      { base: EDIT_ITEM, fresh: () => freshNewItem(`${EDIT_ITEM}-${id}`) },
    );
    if (turn !== choosing.current) {
      chosen.release();
      return;
    }
    hold(chosen.release);
    setCurrent({ owner, draft: { id, key: keyOf(chosen.item), kept: chosen.kept } });
  }

  function end(): void {
    choosing.current += 1;
    hold(letGo);
    if (owner !== null) setCurrent({ owner, draft: null });
  }

  // A change chosen for someone signed in before in this page is never theirs who is now.
  const mine = owner !== null && current?.owner === owner;
  return {
    /** The change open now; null when none. */
    draft: mine ? current.draft : null,
    /** False until the screen knows whether it goes on with a change kept from before. */
    settled: owner === null || mine,
    reopened: mine && reopened,
    begin,
    end,
  };
}

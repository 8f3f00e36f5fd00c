import { useEffect, useState } from "react";
import { crisisWordsIn, prepareCrisisCheck } from "./crisis-check.js";

/** How long typing must pause before the text is checked. */
const PAUSE_MS = 400;

/**
 * True when `now` holds crisis words not already in `seen`, counted one by one, so writing the
 * same words a second time is new too.
 */
function hasNewWords(now: readonly string[], seen: readonly string[]): boolean {
  const left = new Map<string, number>();
  for (const words of seen) left.set(words, (left.get(words) ?? 0) + 1);
  return now.some((words) => {
    const count = left.get(words) ?? 0;
    left.set(words, count - 1);
    return count <= 0;
  });
}

export interface CrisisLanguage {
  /** Whether the card is called for. */
  show: boolean;
  /**
   * Whether the words as they are now have been checked (or need no check), so `show` is the
   * answer for them: false from a change until the check, a pause in typing later, has answered.
   * Carried on the card's place as `data-crisis-check`, so a journey that finds no card knows the
   * words were looked at, not that it asked too soon.
   */
  checked: boolean;
  /** Closes the card; it comes back only for crisis words not there now. */
  dismiss: () => void;
}

/**
 * Watches free text for crisis language, in the browser, with no request to the server: it works
 * even when saving fails. Once found it stays found until the person closes the card, so help
 * does not flicker away while they keep writing. Once closed it stays closed while they write on,
 * and comes back only for crisis words that were not there when they closed it: asking again
 * about the same words on every pause in typing would make "Close this" mean nothing.
 */
export function useCrisisLanguage(...texts: string[]): CrisisLanguage {
  const [found, setFound] = useState(false);
  // The text as it was when the card was closed (or as it was last checked since, with no new
  // crisis words): its crisis words count as seen. Null while the card was never closed.
  const [closedOn, setClosedOn] = useState<string | null>(null);
  // The text whose check has been answered since the card was last closed: null after a close,
  // so a close that failed to count the words as seen shows as a check still to come.
  const [answered, setAnswered] = useState<string | null>(null);
  const joined = texts.join("\n");
  // An empty text is still checked after a close, so words deleted and written again count as
  // new; before any close there is nothing to check and no reason to fetch the rules.
  const needsCheck = !found && joined !== closedOn && !(closedOn === null && joined.trim() === "");

  useEffect(() => {
    if (!needsCheck) return;
    let live = true;
    // Started now, so the rules are loaded by the time typing pauses.
    prepareCrisisCheck();
    const timer = setTimeout(() => {
      Promise.all([crisisWordsIn(joined), closedOn === null ? [] : crisisWordsIn(closedOn)]).then(
        ([now, seen]) => {
          if (!live) return;
          setAnswered(joined);
          if (hasNewWords(now, seen)) setFound(true);
          // Nothing new: what is left now is all that counts as seen, so words the person
          // deleted are new again if they write them again.
          else if (closedOn !== null) setClosedOn(joined);
        },
        () => undefined,
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [joined, needsCheck, closedOn]);

  return {
    show: found,
    checked: !needsCheck || answered === joined,
    dismiss: () => {
      setFound(false);
      setClosedOn(joined);
      setAnswered(null);
    },
  };
}

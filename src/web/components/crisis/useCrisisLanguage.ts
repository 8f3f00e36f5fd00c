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

/**
 * Watches free text for crisis language, in the browser, with no request to the server: it works
 * even when saving fails. Once found it stays found until the person closes the card, so help
 * does not flicker away while they keep writing. Once closed it stays closed while they write on,
 * and comes back only for crisis words that were not there when they closed it: asking again
 * about the same words on every pause in typing would make "Close this" mean nothing.
 */
export function useCrisisLanguage(...texts: string[]): { show: boolean; dismiss: () => void } {
  const [found, setFound] = useState(false);
  // The text as it was when the card was closed (or as it was last checked since, with no new
  // crisis words): its crisis words count as seen. Null while the card was never closed.
  const [closedOn, setClosedOn] = useState<string | null>(null);
  const joined = texts.join("\n");

  useEffect(() => {
    // An empty text is still checked after a close, so words deleted and written again count
    // as new; before any close there is nothing to check and no reason to fetch the rules.
    if (found || joined === closedOn || (closedOn === null && joined.trim() === "")) return;
    let live = true;
    // Started now, so the rules are loaded by the time typing pauses.
    prepareCrisisCheck();
    const timer = setTimeout(() => {
      Promise.all([crisisWordsIn(joined), closedOn === null ? [] : crisisWordsIn(closedOn)]).then(
        ([now, seen]) => {
          if (!live) return;
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
  }, [joined, found, closedOn]);

  return {
    show: found,
    dismiss: () => {
      setFound(false);
      setClosedOn(joined);
    },
  };
}

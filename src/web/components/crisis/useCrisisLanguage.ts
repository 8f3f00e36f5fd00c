import { useEffect, useState } from "react";
import { hasCrisisLanguage } from "../../../core/safety/crisis-language.js";

/** How long typing must pause before the text is checked; the check itself takes well under 1 ms. */
const PAUSE_MS = 400;

/**
 * Watches free text for crisis language, in the browser, with no request: it works even when
 * the server is slow or unreachable. Once found it stays found until the person closes the card,
 * so help does not flicker away while they keep writing.
 */
export function useCrisisLanguage(...texts: string[]): { show: boolean; dismiss: () => void } {
  const [found, setFound] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const joined = texts.join("\n");

  useEffect(() => {
    if (found || joined.trim() === "") return;
    const timer = setTimeout(() => {
      if (hasCrisisLanguage(joined)) {
        setFound(true);
        setDismissed(false);
      }
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [joined, found]);

  return {
    show: found && !dismissed,
    dismiss: () => {
      setDismissed(true);
      // Found again if it is written again.
      setFound(false);
    },
  };
}

import { useEffect, useState } from "react";

/** How long typing must pause before the text is checked; the check itself takes well under 1 ms. */
const PAUSE_MS = 400;

type Detector = (text: string) => boolean;
let detector: Promise<Detector> | undefined;

/**
 * The crisis-language rules are a large file, so they are fetched when a person first starts to
 * write free text, not with every screen. A failed fetch is forgotten, so the next pause in
 * typing tries again.
 */
export function loadCrisisCheck(): Promise<Detector> {
  detector ??= import("../../../core/safety/crisis-language.js").then(
    (module) => module.hasCrisisLanguage,
    (error: unknown) => {
      detector = undefined;
      throw error;
    },
  );
  return detector;
}

/**
 * Watches free text for crisis language, in the browser, with no request to the server: it works
 * even when saving fails. Once found it stays found until the person closes the card, so help
 * does not flicker away while they keep writing.
 */
export function useCrisisLanguage(...texts: string[]): { show: boolean; dismiss: () => void } {
  const [found, setFound] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const joined = texts.join("\n");

  useEffect(() => {
    if (found || joined.trim() === "") return;
    let live = true;
    void loadCrisisCheck().catch(() => undefined);
    const timer = setTimeout(() => {
      loadCrisisCheck().then(
        (hasCrisisLanguage) => {
          if (live && hasCrisisLanguage(joined)) {
            setFound(true);
            setDismissed(false);
          }
        },
        () => undefined,
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
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

import { type MouseEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { whenIdleAfterLoad } from "../../pwa/keep-for-offline.js";
import { crisisLines } from "./crisis-lines-request.js";
import { HelpSheet, type SheetView } from "./HelpSheet.js";

/**
 * How long the crisis page may take to answer before help is shown in the app instead: long
 * enough for a slow phone network, short enough that nobody in crisis is left looking at nothing.
 */
export const CRISIS_PAGE_WAIT_MS = 2000;

/** Whether the service worker answers this page's requests, the crisis page from the device. */
function controlledByWorker(): boolean {
  return (
    typeof navigator.serviceWorker !== "undefined" && navigator.serviceWorker.controller !== null
  );
}

/** Whether the server answers for the crisis page now, within `CRISIS_PAGE_WAIT_MS`. */
async function crisisPageAnswers(href: string): Promise<boolean> {
  // Known offline: nothing to wait for.
  if (navigator.onLine === false) return false;
  try {
    const response = await fetch(href, {
      method: "HEAD",
      cache: "no-store",
      credentials: "same-origin",
      signal: AbortSignal.timeout(CRISIS_PAGE_WAIT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** A click the browser should handle as it always does: a new tab or window, a download. */
function askedForMore(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  );
}

/**
 * The way to the crisis page, a plain link so it works with JavaScript off, and once the service
 * worker is in charge, straight to the page it keeps on the device. Before that (a first visit,
 * or a browser that keeps nothing), the page would come only from the network: with none, the
 * browser's own error page is all a person in crisis would see. So then the click checks the
 * server answers first, and when it does not within a moment, the region's lines open over the
 * screen instead, with nothing written there lost.
 */
export function HelpNowLink({
  href,
  className,
  signedIn,
  children,
}: {
  href: string;
  className?: string;
  /** The sheet offers the safety plan only to someone signed in, whose plan it is. */
  signedIn: boolean;
  children: ReactNode;
}) {
  const [sheet, setSheet] = useState<SheetView | null>(null);
  // Mounted from the first time it is needed, and kept, so its closing returns focus here.
  const [sheetUsed, setSheetUsed] = useState(false);
  const checking = useRef(false);

  async function clicked(event: MouseEvent<HTMLAnchorElement>) {
    if (askedForMore(event) || controlledByWorker()) return;
    event.preventDefault();
    // A second tap while the first is being checked adds nothing.
    if (checking.current) return;
    checking.current = true;
    try {
      if (await crisisPageAnswers(href)) {
        window.location.assign(href);
        return;
      }
      setSheetUsed(true);
      setSheet("lines");
    } finally {
      checking.current = false;
    }
  }

  return (
    <>
      <a className={className} href={href} onClick={clicked}>
        {children}
      </a>
      {sheetUsed ? (
        <HelpSheet
          view={sheet}
          onView={setSheet}
          onClose={() => setSheet(null)}
          planOffered={signedIn}
          intro="The full help page can't open just now, so here is help right where you are. These lines are free and confidential, and anything you wrote is still here behind this."
        />
      ) : null}
    </>
  );
}

/**
 * Asks once for the region's help lines when the page has settled, if the service worker is not
 * yet keeping them: then "Get help now" with no network shows real numbers, not only the advice
 * to call the local emergency number. The lines are the same for everyone whose browser names
 * that region, and are kept only as long as the page is open (with no worker, a page closed
 * offline cannot open again anyway).
 */
export function useCrisisLinesAtHand(): void {
  useEffect(
    () =>
      whenIdleAfterLoad(() => {
        if (!controlledByWorker()) crisisLines().catch(() => undefined);
      }),
    [],
  );
}

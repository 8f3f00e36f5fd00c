import { type ReactNode, useEffect, useLayoutEffect, useState } from "react";
import { whenIdleAfterLoad } from "../../pwa/keep-for-offline.js";
import { crisisLines } from "./crisis-lines-request.js";
import { controlledByWorker, showOpeningHelp } from "./crisis-page-reach.js";
import { HelpSheet, type SheetView } from "./HelpSheet.js";
import { useCrisisPageLink } from "./useCrisisPageLink.js";

/**
 * The way to the crisis page, a plain link so it works with JavaScript off, and once the service
 * worker is in charge, straight to the page it keeps on the device. Before that (a first visit,
 * or a browser that keeps nothing), the page would come only from the network: with none, the
 * browser's own error page is all a person in crisis would see. So then the click checks the
 * server answers first, and when it does not within a moment, the region's lines open over the
 * screen instead, with nothing written there lost.
 *
 * The check can take up to two seconds, and a person who taps and sees nothing taps again or
 * gives up: so from the tap the link is marked busy and the page's one sign (shared by every way
 * to help, `openingHelpSign`) says help is opening, read out politely. The sign floats over the
 * screen (nothing moves), and the link's words stay the same, so its name does not change under
 * a screen reader.
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
  const { busy, onClick } = useCrisisPageLink(href, () => {
    setSheetUsed(true);
    setSheet("lines");
  });
  // The page's one sign says help is opening while this link waits (`showOpeningHelp`), and no
  // longer when it is done or gone; the sign itself stays, made by the page's entry. A layout
  // effect: written with the link's busy mark, in the same frame, not after a later paint.
  useLayoutEffect(() => (busy ? showOpeningHelp() : undefined), [busy]);

  return (
    <>
      <a className={className} href={href} onClick={onClick} aria-busy={busy || undefined}>
        {children}
      </a>
      {sheetUsed ? (
        <HelpSheet
          view={sheet}
          onView={setSheet}
          onClose={() => setSheet(null)}
          planOffered={signedIn}
          // The page just could not be reached: a link to it here would lead to the error page.
          fullPageOffered={false}
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

import { type MouseEvent, useEffect, useRef, useState } from "react";
import {
  askedForMore,
  askingNow,
  controlledByWorker,
  crisisPageAnswers,
  goToCrisisPage,
} from "./crisis-page-reach.js";

/**
 * A link to the crisis page that never leads to the browser's error page. Once the service worker
 * is in charge it is a plain link (the worker keeps the page). Before that, a click asks whether
 * the page can open (`crisisPageAnswers`) and goes there when it can, or calls `unreachable`,
 * as it does too when the page, allowed, has not come within a few seconds (`goToCrisisPage`).
 * `busy` is true while the question is on its way, so the link can say so at once; a second tap
 * meanwhile sends nothing more.
 */
export function useCrisisPageLink(
  href: string,
  unreachable: () => void,
): { busy: boolean; onClick: (event: MouseEvent<HTMLAnchorElement>) => void } {
  const [busy, setBusy] = useState(false);
  // A flag of its own, not `busy`: two taps in one go both land before `busy` is drawn.
  const checking = useRef(false);

  async function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (askedForMore(event) || controlledByWorker()) return;
    event.preventDefault();
    // A tap while the page is being asked for, here or on another way to help (the header's and
    // the footer's), adds nothing: the first one's sign is showing, and its answer will come.
    if (checking.current || askingNow()) return;
    checking.current = true;
    setBusy(true);
    if (await crisisPageAnswers(href)) {
      // Still busy while the page loads: the way to help is on its way, and a tap more adds nothing.
      // Should the page never come, the lines open here and the link is ready again.
      goToCrisisPage(href, notThere);
      return;
    }
    notThere();
  }

  function notThere() {
    checking.current = false;
    setBusy(false);
    unreachable();
  }

  // A page brought back by Back from the browser's memory is as it was left: ready again.
  useEffect(() => {
    const shown = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      checking.current = false;
      setBusy(false);
    };
    window.addEventListener("pageshow", shown);
    return () => window.removeEventListener("pageshow", shown);
  }, []);

  return { busy, onClick: (event) => void onClick(event) };
}

import { useEffect } from "react";
import type { Me, SessionState } from "../../core/accounts/account.schema.js";
import { currentPageAccount, pageAccountHeader } from "../api/client.js";
import { whenNoRequestsInFlight } from "../api/in-flight.js";
import { copiesClock, keepOfflineAnswer, keepOfflineCopy } from "./offline-copies.js";

/**
 * The answers fetched once the app is idle after it starts signed in, so they can be read with no
 * network even if the person never opened them on this device: the safety plan above all.
 */
export const KEPT_AT_IDLE = ["/api/safety-plan"] as const;

/**
 * Keeps who just signed in as the session's answer, straight away and with no request, so a
 * person who signs in and then loses the signal still gets into the app.
 */
export function keepSignedInOnDevice(me: Me): void {
  const state: SessionState = { user: me, needsOwner: false };
  keepOfflineAnswer("/api/session", state);
}

/**
 * While someone is signed in, fetches the answers in `KEPT_AT_IDLE` once, a few seconds after the
 * page has loaded, once the screen's own answers are in and the browser is idle, so it never
 * competes with the screen's first paint. Raw requests, not
 * the API client: only the copy is wanted, and checking it here would load the safety plan's
 * schema into the check-in screen. Signing out cancels a fetch not started yet, and the copies'
 * own guard drops one that was on its way.
 */
export function useKeptForOffline(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    let cancelled = false;
    const keep = () => {
      if (cancelled) return;
      for (const path of KEPT_AT_IDLE) {
        // Named as the page's account like every request: a page left open after someone else
        // signed in on this browser is refused, never keeping that person's plan as its own copy.
        const account = currentPageAccount();
        const askedAt = copiesClock();
        fetch(path, {
          credentials: "same-origin",
          headers: { Accept: "application/json", ...pageAccountHeader() },
        })
          .then((response) => {
            if (!cancelled && response.ok) keepOfflineCopy(path, response, account, askedAt);
          })
          // Offline or refused: the copy kept before, if any, stays as it was.
          .catch(() => undefined);
      }
    };
    const cancelIdle = whenIdleAfterLoad(keep);
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [signedIn]);
}

/**
 * How long after the page has loaded the copies wait. The page's load does not wait for the
 * screen: its answers and its files may still be arriving, and on a slow phone they arrive later
 * still. A copy asked for then takes one of the few connections and some of the bandwidth the
 * screen is waiting on (seen: the insights' first paint held back a round trip, issue 13). A few
 * seconds is far past a screen's first paint and still well inside a first visit.
 */
const KEEP_AFTER_LOAD_MS = 3000;

/**
 * How long past those seconds the copies wait for the screen's answers. On a poor connection an
 * answer may take long, or hang; the copy matters most there, so it is not put off for good.
 */
const QUIET_LIMIT_MS = 20_000;

/**
 * Runs `task` a few seconds after the page has loaded, once the app's own requests are answered
 * and the browser has a quiet moment; answers a cancel.
 */
export function whenIdleAfterLoad(task: () => void): () => void {
  let cancelQuiet: () => void = () => {};
  let cancelIdle: () => void = () => {};
  const idle = () => {
    if (typeof requestIdleCallback === "function") {
      // The timeout keeps a page that is never idle (an animation) from never being kept.
      const handle = requestIdleCallback(task, { timeout: 5000 });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(task, 1000);
      cancelIdle = () => clearTimeout(handle);
    }
  };
  let wait: ReturnType<typeof setTimeout> | undefined;
  const afterLoad = () => {
    wait = setTimeout(() => {
      cancelQuiet = whenNoRequestsInFlight(idle, QUIET_LIMIT_MS);
    }, KEEP_AFTER_LOAD_MS);
  };
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
  return () => {
    window.removeEventListener("load", afterLoad);
    clearTimeout(wait);
    cancelQuiet();
    cancelIdle();
  };
}

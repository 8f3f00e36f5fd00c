// Whether the crisis page can open now, for "Get help now" before the service worker keeps it.
// No React and no zod: the page's entry uses it for the first frame's links, before the app.

/**
 * How long the crisis page may take to answer before help is shown in the page instead: long
 * enough for a slow phone network, short enough that nobody in crisis is left looking at nothing.
 */
export const CRISIS_PAGE_WAIT_MS = 2000;

/**
 * How long an answer from the server counts as a "yes" with no new question. Why a few seconds:
 * the question itself (`HEAD`) has always left a gap between its answer and the navigation it
 * allows, in which a connection can drop; trusting an answer a few seconds old widens that gap
 * from a moment to a few seconds, which a tap after a save or a screen change falls inside, and
 * saves a round trip (up to the full wait on a slow phone) exactly when the network has just
 * proved itself. Never longer: a phone walking out of coverage loses it over tens of seconds.
 * The browser saying it is offline always wins, at once, whatever was answered (`knownReach`).
 */
export const FRESH_ANSWER_MS = 5000;

/** What the sign beside a link to the crisis page says while the page is being asked for. */
export const OPENING_HELP = "Opening help…";

/** The class of the page's one "Opening help…" sign (a polite live region, `role="status"`). */
export const OPENING_HELP_SIGN = "help-now-status";

/**
 * The page's one "Opening help…" sign, shared by every link to the crisis page (the first frame's,
 * then the app's header and footer). One, not one per link: each empty live region is one more
 * "status" a screen reader's list of landmarks and a page's tests meet on every screen. It sits
 * at the end of `<body>`, outside the app's root, so the first frame makes it and the app, taking
 * over the root, keeps it, already known to screen readers before any tap writes to it.
 */
export function openingHelpSign(): HTMLElement {
  const found = document.querySelector<HTMLElement>(`body > .${OPENING_HELP_SIGN}`);
  if (found) return found;
  const made = document.createElement("span");
  made.className = OPENING_HELP_SIGN;
  // An attribute, not the `role` property, which older browsers do not reflect.
  made.setAttribute("role", "status");
  document.body.append(made);
  return made;
}

const showingSign = new Set<object>();

/**
 * Shows "Opening help…" in the page's sign until the returned function is called. Several links
 * can be waiting at once (a page that stalls keeps its link busy while another is tapped), so the
 * sign empties only when the last of them is done. Written only on a change, so each tap that
 * starts a question is read out once.
 */
export function showOpeningHelp(): () => void {
  const holder = {};
  showingSign.add(holder);
  const sign = openingHelpSign();
  if (sign.textContent !== OPENING_HELP) sign.textContent = OPENING_HELP;
  return () => {
    if (!showingSign.delete(holder) || showingSign.size > 0) return;
    openingHelpSign().textContent = "";
  };
}

/** The parts of a click, DOM or React, that say what the person asked the browser for. */
export interface ClickAsked {
  defaultPrevented: boolean;
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * A click the browser should handle as it always does, not a tap for help here: a new tab or
 * window (Ctrl, Cmd, Shift, the middle button), a download (Alt), or one already handled.
 */
export function askedForMore(click: ClickAsked): boolean {
  return (
    click.defaultPrevented ||
    click.button !== 0 ||
    click.metaKey ||
    click.ctrlKey ||
    click.shiftKey ||
    click.altKey
  );
}

let lastAnswerAt: number | undefined;

/** Called whenever the server has just answered a request of this page (any status below 500). */
export function noteServerAnswered(at: number = performance.now()): void {
  lastAnswerAt = at;
}

// The browser noticed the network go: no earlier answer speaks for now.
if (typeof window !== "undefined") {
  window.addEventListener("offline", () => {
    lastAnswerAt = undefined;
  });
}

/**
 * What is already known about reaching the server, with no question asked: "no" when the browser
 * knows it has no network, "yes" when the server answered within `FRESH_ANSWER_MS`, else "ask".
 */
export function knownReach({
  onLine,
  now,
  answeredAt,
}: {
  onLine: boolean;
  now: number;
  answeredAt: number | undefined;
}): "yes" | "no" | "ask" {
  if (!onLine) return "no";
  if (answeredAt !== undefined && now >= answeredAt && now - answeredAt <= FRESH_ANSWER_MS) {
    return "yes";
  }
  return "ask";
}

/** Whether the service worker answers this page's requests, the crisis page from the device. */
export function controlledByWorker(): boolean {
  return (
    typeof navigator.serviceWorker !== "undefined" && navigator.serviceWorker.controller !== null
  );
}

let asking: Promise<boolean> | undefined;

/**
 * Whether the server answers for the crisis page now: known at once when it can be, or asked
 * (`HEAD`) within `CRISIS_PAGE_WAIT_MS`. One question at a time for the whole page: a second tap,
 * on the same link or another way to help, waits on the first one's answer and sends nothing.
 */
export function crisisPageAnswers(href: string): Promise<boolean> {
  const known = knownReach({
    onLine: navigator.onLine,
    now: performance.now(),
    answeredAt: lastAnswerAt,
  });
  if (known !== "ask") return Promise.resolve(known === "yes");
  if (!asking) {
    // A timer of the page's own rather than `AbortSignal.timeout`, so the wait keeps the page's
    // clock, which a journey can hold still to look at the sign while it shows.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), CRISIS_PAGE_WAIT_MS);
    asking = fetch(href, {
      method: "HEAD",
      cache: "no-store",
      credentials: "same-origin",
      signal: abort.signal,
    })
      .then(
        (response) => {
          if (response.ok) noteServerAnswered();
          return response.ok;
        },
        () => false,
      )
      .finally(() => {
        clearTimeout(timer);
        asking = undefined;
      });
  }
  return asking;
}

/** Whether a question about the crisis page is on its way, from any link of this page. */
export function askingNow(): boolean {
  return asking !== undefined;
}

/**
 * How long the crisis page may take to arrive, once allowed, before help is shown in the page
 * instead. Why twice the question's wait: the page is a full response rather than a `HEAD`'s
 * headers, on a connection that has just answered within `CRISIS_PAGE_WAIT_MS`, so a navigation
 * not committed by then has stalled (the connection dropped after the answer) or was stopped
 * (Stop, Esc); and a few seconds is still "at once" for someone in crisis.
 */
export const CRISIS_PAGE_LOAD_MS = 2 * CRISIS_PAGE_WAIT_MS;

/**
 * Goes to the crisis page; if the page has not replaced this one within `CRISIS_PAGE_LOAD_MS`,
 * forgets the server's last answer (it no longer speaks for now, so the next tap asks) and calls
 * `stalled`, which clears the link's busy sign and shows the lines in the page. Without this, a
 * navigation that never commits left "Opening help…" up and every later tap ignored. Leaving the
 * page (`pagehide`, the navigation committing) cancels it. The stalled navigation is stopped: left
 * to run, it would end, minutes later, on the browser's error page over the lines being read.
 */
export function goToCrisisPage(href: string, stalled: () => void): void {
  const left = () => clearTimeout(timer);
  const timer = setTimeout(() => {
    window.removeEventListener("pagehide", left);
    lastAnswerAt = undefined;
    window.stop();
    stalled();
  }, CRISIS_PAGE_LOAD_MS);
  window.addEventListener("pagehide", left, { once: true });
  window.location.assign(href);
}

import { type MouseEvent, type ReactNode, useId, useLayoutEffect, useRef, useState } from "react";
import { ignoreNextTapsBriefly, isPointerTap } from "../tap-through.js";
import { CrisisLines } from "./CrisisLines.js";
import { useCrisisPageHref } from "./crisis-page-href.js";
import { HelpSheet, type SheetView } from "./HelpSheet.js";

/** The saves (by version) a card has already taken focus to answer, in this page. */
const answeredSaves = new Set<string>();

/**
 * Shown in place, beside what the person is writing, when their words suggest they may be
 * thinking of ending their life or hurting themselves. It blocks nothing and loses nothing: its
 * links open the help lines and the safety plan in a sheet over the screen, so nothing written
 * underneath goes anywhere. Its first words and the link to /crisis need no network; the local
 * lines are added when they load.
 */
export function CrisisCard({
  onClose,
  answering = null,
}: {
  onClose: () => void;
  /**
   * Set (to the saved version) when a save of the words above is answered by this card: its
   * heading takes focus, so the one panel of help is in view and read out where the person is,
   * rather than a second panel repeating its lines below Save (docs/SAFETY.md, "One panel").
   */
  answering?: string | null;
}) {
  const headingId = useId();
  const [sheet, setSheet] = useState<SheetView | null>(null);
  // The card appears while the person is writing: where they were is where "Close this" returns
  // them, rather than the page body. Read once, on the first render, before anything moves focus.
  const [writingIn] = useState(focusedElement);
  const card = useRef<HTMLElement>(null);
  const crisisPage = useCrisisPageHref();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    // Once for each save it answers, never on a later mount: the card closed and back while the
    // person writes on, or the form loaded again, would take their next keys from the words.
    if (answering === null || answeredSaves.has(answering)) return;
    answeredSaves.add(answering);
    heading.current?.focus();
  }, [answering]);

  function close(event: MouseEvent<HTMLButtonElement>) {
    // What lies below the card slides up under the finger as it goes.
    if (isPointerTap(event)) ignoreNextTapsBriefly();
    // The text may since have been folded away ("More about your day"): then the nearest control
    // before the card that can still be seen, which is what folded it.
    const back = writingIn && isShown(writingIn) ? writingIn : nearestBefore(card.current);
    onClose();
    back?.focus();
  }
  return (
    <section className="crisis-card" aria-labelledby={headingId} ref={card}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        You don't have to carry this alone
      </h2>
      <p>
        What you wrote sounds really heavy. If you are thinking about ending your life or hurting
        yourself, please talk to someone now. Everything you wrote is still here.
      </p>
      <CrisisLines />
      <p className="crisis-card-actions">
        <SheetLink href={crisisPage} onOpen={() => setSheet("lines")}>
          See all help lines
        </SheetLink>
        <SheetLink href="/safety-plan" onOpen={() => setSheet("plan")}>
          Open your safety plan
        </SheetLink>
        <button type="button" className="link-button" onClick={close}>
          Close this
        </button>
      </p>
      <HelpSheet view={sheet} onView={setSheet} onClose={() => setSheet(null)} />
    </section>
  );
}

/**
 * A real link to the full page, so it still leads to help if anything here fails and opens in a
 * new tab when asked to; a plain tap or Enter opens the sheet instead, and nothing navigates.
 */
function SheetLink({
  href,
  onOpen,
  children,
}: {
  href: string;
  onOpen: () => void;
  children: ReactNode;
}) {
  function open(event: MouseEvent<HTMLAnchorElement>) {
    const plain =
      event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!plain) return;
    event.preventDefault();
    onOpen();
  }
  return (
    <a className="crisis-card-link" href={href} aria-haspopup="dialog" onClick={open}>
      {children}
    </a>
  );
}

/** The element with focus, unless it is the page itself. */
function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

function isShown(element: HTMLElement): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

const FOCUSABLE =
  "input, textarea, select, button, summary, a[href], [tabindex]:not([tabindex='-1'])";

/**
 * The last control before the card in reading order: for a card that was already showing when
 * the screen opened, it is the text whose words called it up.
 */
function nearestBefore(card: HTMLElement | null): HTMLElement | null {
  if (card === null) return null;
  const before = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      !element.hasAttribute("disabled") &&
      isShown(element) &&
      card.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  return before.at(-1) ?? null;
}

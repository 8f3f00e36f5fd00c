import {
  type ComponentType,
  type MouseEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { createPortal } from "react-dom";
import { isPointerTap, TAP_THROUGH_MS } from "../tap-through.js";
import { CrisisLines } from "./CrisisLines.js";
import { useCrisisPageHref } from "./crisis-page-href.js";
import { OPENING_HELP } from "./crisis-page-reach.js";
import { useCrisisPageLink } from "./useCrisisPageLink.js";

export type SheetView = "lines" | "plan";

type PlanPart = { state: "idle" } | { state: "failed" } | { state: "ready"; Plan: ComponentType };

/** A link that starts a call or a text, or leaves for another site: not to be reached by accident. */
function leavesTheApp(link: HTMLAnchorElement): boolean {
  return (
    link.protocol === "tel:" || link.protocol === "sms:" || link.origin !== window.location.origin
  );
}

/**
 * Help over the current screen, never instead of it: a modal dialog with the region's lines or
 * the person's safety plan. Nothing navigates, so nothing written underneath can be lost. Focus
 * moves in when it opens and back to the control that opened it when it closes (Close or Esc);
 * the screen behind is inert while it is open. It sits at the end of the page, outside any live
 * region, so opening it is not read out as a change to the screen behind.
 */
export function HelpSheet({
  view,
  onView,
  onClose,
  planOffered = true,
  fullPageOffered = true,
  intro = "Free and confidential. What you wrote is still here behind this, just as you left it.",
}: {
  view: SheetView | null;
  onView: (view: SheetView) => void;
  onClose: () => void;
  /** Whether the sheet offers the safety plan: only to someone signed in, whose plan it is. */
  planOffered?: boolean;
  /** Whether the sheet links to the full help page: not when it has just failed to open. */
  fullPageOffered?: boolean;
  /** The words above the lines, saying why they are shown here. */
  intro?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const headingId = useId();
  const [planPart, setPlanPart] = useState<PlanPart>({ state: "idle" });
  const shownAt = useRef(0);

  useLayoutEffect(() => {
    const sheet = dialog.current;
    if (!sheet) return;
    if (view && !sheet.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      sheet.showModal();
    }
    // Closing goes through `view` as opening does (Close sets it to null at once), so a tap that
    // opens the sheet again straight after is a change of `view` and is never lost.
    if (!view && sheet.open) sheet.close();
    // The title first, so a screen reader says where the person now is.
    if (view) {
      shownAt.current = performance.now();
      heading.current?.focus();
    }
  }, [view]);

  function ignoreTapThrough(event: MouseEvent<HTMLDialogElement>) {
    // The sheet opens under the finger: a call started by the double tap's second half is not meant.
    if (!isPointerTap(event) || performance.now() - shownAt.current > TAP_THROUGH_MS) return;
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (link && leavesTheApp(link)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  useEffect(() => {
    if (view !== "plan" || planPart.state === "ready") return;
    let live = true;
    import("../../screens/safety-plan/SheetPlan.js").then(
      (module) => {
        if (live) setPlanPart({ state: "ready", Plan: module.SheetPlan });
      },
      () => {
        // Offline or the server gone: the sheet still shows the emergency advice and the link to
        // /crisis, and opening the plan again tries once more.
        if (live) setPlanPart({ state: "failed" });
      },
    );
    return () => {
      live = false;
    };
  }, [view, planPart.state]);

  function closed() {
    // The close event comes a moment after the dialog hides; a tap on the card's link inside that
    // moment has opened the sheet again, and this late news of the earlier close must not shut it.
    if (dialog.current?.open) return;
    if (planPart.state === "failed") setPlanPart({ state: "idle" });
    onClose();
    opener.current?.focus();
  }

  return createPortal(
    <dialog
      ref={dialog}
      className="help-sheet"
      aria-labelledby={headingId}
      onClose={closed}
      onClickCapture={ignoreTapThrough}
    >
      <div className="help-sheet-bar">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {view === "plan" ? "Your safety plan" : "People you can reach now"}
        </h2>
        <button type="button" className="secondary help-sheet-close" onClick={onClose}>
          Close
        </button>
      </div>
      {view === "lines" ? (
        <>
          <p>{intro}</p>
          <CrisisLines full />
          <p className="help-sheet-more">
            {fullPageOffered ? (
              <FullHelpPageLink className="crisis-card-link">
                Open the full help page
              </FullHelpPageLink>
            ) : null}
            {planOffered ? (
              <button
                type="button"
                className="link-button crisis-card-link"
                onClick={() => onView("plan")}
              >
                See your safety plan
              </button>
            ) : null}
          </p>
        </>
      ) : null}
      {view === "plan" ? (
        <>
          <CrisisLines emergencyOnly />
          {planPart.state === "ready" ? <planPart.Plan /> : null}
          {planPart.state === "idle" ? <p>Getting your plan…</p> : null}
          {planPart.state === "failed" ? (
            <p>
              Your plan couldn't be opened just now. The people you can reach are one tap away, just
              below.
            </p>
          ) : null}
          <p className="help-sheet-more">
            <button
              type="button"
              className="link-button crisis-card-link"
              onClick={() => onView("lines")}
            >
              See people you can reach now
            </button>
          </p>
        </>
      ) : null}
    </dialog>,
    document.body,
  );
}

/**
 * The sheet's way to the full help page, which never leads to the browser's error page: before
 * the service worker keeps the page, a click asks first (`useCrisisPageLink`), and when the page
 * cannot open, says so beside the link, with the lines already on the sheet.
 */
function FullHelpPageLink({ className, children }: { className?: string; children: string }) {
  const [unreachable, setUnreachable] = useState(false);
  const crisisPage = useCrisisPageHref();
  const { busy, onClick } = useCrisisPageLink(crisisPage, () => setUnreachable(true));
  return (
    <>
      <a
        className={className}
        href={crisisPage}
        aria-busy={busy || undefined}
        onClick={(event) => {
          setUnreachable(false);
          onClick(event);
        }}
      >
        {children}
      </a>
      {/* The sheet's own sign, not the page's: while the sheet is open, everything behind it,
          the page's sign too, is hidden from screen readers. One for both messages. */}
      <span role="status" className="help-sheet-note">
        {busy
          ? OPENING_HELP
          : unreachable
            ? "The full help page can't open just now. The lines here are the ones it lists, and each is one tap."
            : ""}
      </span>
    </>
  );
}

import { type MouseEvent, type ReactNode, useId, useState } from "react";
import { CrisisLines } from "./CrisisLines.js";
import { HelpSheet, type SheetView } from "./HelpSheet.js";

/**
 * Shown in place, beside what the person is writing, when their words suggest they may be
 * thinking of ending their life or hurting themselves. It blocks nothing and loses nothing: its
 * links open the help lines and the safety plan in a sheet over the screen, so nothing written
 * underneath goes anywhere. Its first words and the link to /crisis need no network; the local
 * lines are added when they load.
 */
export function CrisisCard({ onClose }: { onClose: () => void }) {
  const headingId = useId();
  const [sheet, setSheet] = useState<SheetView | null>(null);
  return (
    <section className="crisis-card" aria-labelledby={headingId}>
      <h2 id={headingId}>You don't have to carry this alone</h2>
      <p>
        What you wrote sounds really heavy. If you are thinking about ending your life or hurting
        yourself, please talk to someone now. Everything you wrote is still here.
      </p>
      <CrisisLines />
      <p className="crisis-card-actions">
        <SheetLink href="/crisis" onOpen={() => setSheet("lines")}>
          See all help lines
        </SheetLink>
        <SheetLink href="/safety-plan" onOpen={() => setSheet("plan")}>
          Open your safety plan
        </SheetLink>
        <button type="button" className="link-button" onClick={onClose}>
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

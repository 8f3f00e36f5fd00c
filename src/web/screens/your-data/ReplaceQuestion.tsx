import { useId, useLayoutEffect, useRef } from "react";
import { DownloadLink } from "./DownloadLink.js";
import {
  eraseWords,
  type FileHoldings,
  feedStopsWords,
  type Holdings,
  inTheirPlaceWords,
  linksStopWords,
} from "./replace-words.js";

interface ReplaceQuestionProps {
  /** What the account holds now; null when it could not be counted. */
  held: Holdings | null;
  /** What the chosen file holds; null when the page could not read it. */
  inFile: FileHoldings | null;
  /** Active links shared now; null when they could not be looked at. */
  activeLinks: number | null;
  onReplace: () => void;
  onKeep: () => void;
}

/**
 * Asked in the page, in place of the Import button, before a replace runs: it erases years of
 * check-ins at once, so one tap on the wrong choice must not be enough. Focus moves to the
 * question and its words are its description, so a screen reader says what would go.
 */
export function ReplaceQuestion({
  held,
  inFile,
  activeLinks,
  onReplace,
  onKeep,
}: ReplaceQuestionProps) {
  const id = useId();
  // Every link that stops opening is said in one place: the shared ones, then the calendar's.
  // Whether there is a calendar link is in the counts already (one is kept while it is on).
  const links = [linksStopWords(activeLinks), feedStopsWords(held && held.calendarFeed > 0)]
    .filter(Boolean)
    .join(" ");
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="leave-confirm" aria-labelledby={`${id}-heading`}>
      <h4
        id={`${id}-heading`}
        ref={heading}
        tabIndex={-1}
        aria-describedby={`${id}-erase ${id}-place${links ? ` ${id}-links` : ""}`}
      >
        Replace everything here with this file?
      </h4>
      <p id={`${id}-erase`}>{eraseWords(held)}</p>
      <p id={`${id}-place`}>{inTheirPlaceWords(inFile)}</p>
      {links ? <p id={`${id}-links`}>{links}</p> : null}
      <p>It cannot be undone. If you might want any of it later, keep a copy first:</p>
      <p>
        <DownloadLink href="/api/export">Download all my data first</DownloadLink>
      </p>
      <div className="step-actions">
        {/* The safe answer is the large one, so a tired tap lands on it. */}
        <button type="button" className="primary" onClick={onKeep}>
          Keep what's here
        </button>
        <button type="button" className="secondary" onClick={onReplace}>
          Yes, replace everything
        </button>
      </div>
    </section>
  );
}

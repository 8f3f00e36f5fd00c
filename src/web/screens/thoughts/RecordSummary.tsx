import type { ReactNode } from "react";
import { trapInfo } from "../../../core/traps/trap-info.js";
import { NextStepOffers } from "./NextStepOffers.js";
import type { RecordDraft } from "./record-draft.js";

/** The summary's heading, which takes focus when a finished record is shown. */
export const RECORD_SUMMARY_HEADING = "record-summary-heading";

interface RecordSummaryProps {
  record: RecordDraft;
  /** The saved record's id, under which a next step being typed is kept on this device. */
  recordId: string;
  onEdit: () => void;
  /**
   * Shown right under the heading, which takes focus when a record is finished: an open crisis
   * card is then the next thing read and on screen, never above where focus lands.
   */
  underHeading?: ReactNode;
}

/**
 * A saved record on one page, as it is read again later: no steps to click through, only what
 * was written, one "Edit", and the next small step the balanced thought points to.
 */
export function RecordSummary({ record, recordId, onEdit, underHeading }: RecordSummaryProps) {
  const section = (title: string, text: string) =>
    text.trim() === "" ? null : (
      <>
        <dt>{title}</dt>
        <dd>{text}</dd>
      </>
    );
  const feelings = record.feelings.filter((feeling) => feeling.name.trim() !== "");
  return (
    <section className="record-summary" aria-labelledby={RECORD_SUMMARY_HEADING}>
      <h2 id={RECORD_SUMMARY_HEADING} tabIndex={-1}>
        On one page
      </h2>
      {underHeading}
      <dl className="share-summary">
        {section("What happened", record.situation)}
        {section("The thought", record.thought)}
        {record.keptTraps.length > 0 ? (
          <>
            <dt>Thinking traps you noticed</dt>
            <dd>{record.keptTraps.map((id) => trapInfo[id].name).join(", ")}</dd>
          </>
        ) : null}
        {feelings.length > 0 ? (
          <>
            <dt>Feelings</dt>
            <dd>
              <ul>
                {feelings.map((feeling) => (
                  <li key={feeling.rowId}>
                    {/* Isolated: a name ending in a right-to-left override turned the
                        numbers and "then" after it around. */}
                    <bdi>{feeling.name}</bdi>: {feeling.before}
                    {feeling.after === "" ? "" : `, then ${feeling.after}`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {section("What makes it seem true", record.evidenceFor)}
        {section("What doesn't fit", record.evidenceAgainst)}
        {section("A more balanced thought", record.balancedThought)}
      </dl>
      <div className="step-actions">
        <button type="button" className="secondary" onClick={onEdit}>
          Edit
        </button>
      </div>
      <NextStepOffers balancedThought={record.balancedThought} recordId={recordId} />
    </section>
  );
}

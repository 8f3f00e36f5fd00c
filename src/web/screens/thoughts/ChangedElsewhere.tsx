import { isolated } from "../../../core/text/isolated.js";
import type { ThoughtRecord } from "../../../core/thoughts/thought.schema.js";
import { draftFromRecord, type RecordDraft } from "./record-draft.js";

/** Focused as the choice appears, so the keyboard and a screen reader start from its heading. */
export const CHANGED_ELSEWHERE_HEADING = "record-changed-elsewhere";

/**
 * Focused instead of the heading when "Keep my words" was refused because the record changed
 * again: the heading already said what it says, and only this sentence is new. Focus says it
 * once; a live region as well would say it twice.
 */
export const CHANGED_AGAIN = "record-changed-again";

interface ChangedElsewhereProps {
  /** The words on this device, kept as a draft until the person chooses. */
  mine: RecordDraft;
  /** The record as it is saved now, or null when it was deleted elsewhere. */
  theirs: ThoughtRecord | null;
  /** Shown after keeping these words was refused: the record changed once more meanwhile. */
  again: boolean;
  /** A choice being saved: the buttons stay (and keep focus); a second tap sends nothing more. */
  busy: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}

/**
 * A save refused because the record was changed (or deleted) on another device since these
 * words were typed. Both versions are shown in full and nothing is written until the person
 * chooses: these are private words, and neither set may be lost without being seen.
 */
export function ChangedElsewhere({
  mine,
  theirs,
  again,
  busy,
  onKeepMine,
  onKeepTheirs,
}: ChangedElsewhereProps) {
  return (
    <section className="conflict record-conflict" aria-labelledby={CHANGED_ELSEWHERE_HEADING}>
      <h2 id={CHANGED_ELSEWHERE_HEADING} tabIndex={-1}>
        {theirs
          ? "This record was changed somewhere else"
          : "This record was deleted somewhere else"}
      </h2>
      {again ? (
        // A new element for each version, so a later change is focused, and said, in its turn.
        <p id={CHANGED_AGAIN} key={theirs?.updatedAt ?? "deleted"} tabIndex={-1}>
          <strong>
            {theirs
              ? "It changed again on another device. Here is the newest version."
              : "It was deleted on another device while you were choosing."}
          </strong>
        </p>
      ) : null}
      <p>
        {theirs
          ? "While you were writing here, this thought record was saved differently on another device. Nothing has been lost: your words are still on this device, and the other version is shown beside them. Choose the one to keep."
          : "While you were writing here, this thought record was deleted on another device. Your words are still on this device: you can save them as a new record, or let them go."}
      </p>
      <div className="conflict-versions">
        <Version title="Your words on this device" record={mine} />
        {theirs ? <Version title="Saved elsewhere" record={draftFromRecord(theirs)} /> : null}
      </div>
      <div className="conflict-actions">
        <button type="button" className="primary" onClick={onKeepMine}>
          {busy ? "Saving…" : theirs ? "Keep my words" : "Save my words as a new record"}
        </button>
        <button type="button" className="secondary" onClick={onKeepTheirs}>
          {theirs ? "Keep the other version" : "Let my words go"}
        </button>
      </div>
    </section>
  );
}

const TEXTS: {
  key: Exclude<keyof RecordDraft, "feelings" | "keptTraps" | "setAsideTraps">;
  label: string;
}[] = [
  { key: "situation", label: "What happened" },
  { key: "thought", label: "The thought" },
  { key: "evidenceFor", label: "What makes it seem true" },
  { key: "evidenceAgainst", label: "What doesn't fit" },
  { key: "balancedThought", label: "A more balanced thought" },
];

function Version({ title, record }: { title: string; record: RecordDraft }) {
  const feelings = record.feelings.filter((f) => f.name.trim() !== "");
  return (
    <div className="conflict-version">
      <h3>{title}</h3>
      <dl>
        {TEXTS.map(({ key, label }) =>
          record[key].trim() === "" ? null : (
            <div key={key}>
              <dt>{label}</dt>
              <dd dir="auto">{record[key]}</dd>
            </div>
          ),
        )}
        {feelings.length === 0 ? null : (
          <div>
            <dt>Feelings</dt>
            {/* Our list of their words: each name isolated and the list drawn in our direction,
                so a name ending in a right-to-left override no longer drew the names after it
                backwards, nor did a first name in Hebrew turn the whole list around. */}
            <dd>{feelings.map((f) => isolated(f.name)).join(", ")}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}

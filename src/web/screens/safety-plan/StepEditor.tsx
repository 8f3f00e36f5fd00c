import { type ReactNode, useState } from "react";
import {
  SAFETY_PLAN_ENTRIES_MAX,
  SAFETY_PLAN_ENTRY_MAX,
} from "../../../core/safety-plan/safety-plan.schema.js";
import { isolated } from "../../../core/text/isolated.js";
import { type FieldErrors, sentence } from "../../components/field-errors.js";
import { describedBy, useLengthLimit } from "../../components/length-limit.js";
import { type Entry, entry, entryId, type Removed, textsOf, undoId } from "./plan-lists.js";
import { midSentence, type StepCopy } from "./steps.js";

interface StepEditorProps {
  number: number;
  copy: StepCopy;
  entries: Entry[];
  errors: FieldErrors;
  removed: Removed | null;
  onChange: (entries: Entry[]) => void;
  onRemove: (shown: Entry[], index: number) => void;
  onUndo: () => void;
  onFocus: (id: string) => void;
}

/**
 * One step's list. The boxes come one after another, then "Add another", so Tab goes from one
 * entry to the next and never lands on a button that erases what was just written: removing is
 * a choice of its own ("Remove an entry"), and can be undone.
 */
export function StepEditor({
  number,
  copy,
  entries,
  errors,
  removed,
  onChange,
  onRemove,
  onUndo,
  onFocus,
}: StepEditorProps) {
  const hintId = `plan-${copy.step}-hint`;
  const overId = `plan-${copy.step}-over`;
  const listError = errors[copy.step];
  // Always at least one box, so every step can be started without pressing anything first.
  const [blank] = useState(() => entry(""));
  const [removing, setRemoving] = useState(false);
  const shown = entries.length > 0 ? entries : [blank];
  const canRemove = shown.length > 1 || shown.some((line) => line.text !== "");
  // Only lines kept together with a plan changed elsewhere get past the limit (plan-lists.ts).
  const written = textsOf(entries).length;
  const over = written - SAFETY_PLAN_ENTRIES_MAX;
  return (
    <fieldset className="plan-step" aria-describedby={over > 0 ? `${hintId} ${overId}` : hintId}>
      <legend>
        {number}. {copy.title}
      </legend>
      <p id={hintId} className="hint">
        {copy.why} {copy.example}
      </p>
      {listError ? <p className="field-error">{sentence("This list", listError)}</p> : null}
      {/* Not a live region: the notice at the top of the form says the same when it happens,
          and is heard once. This stays beside the lines to choose from, read with the step. */}
      {over > 0 ? (
        <p id={overId} className="plan-step-over">
          This step now has {written} lines, and a step can hold {SAFETY_PLAN_ENTRIES_MAX}. Every
          one is still here, kept on this device. Choose {over === 1 ? "one" : over} you can do
          without ("Remove an entry"), and this step saves by itself.
        </p>
      ) : null}
      <ul className="plan-entries">
        {shown.map((line, index) => {
          const label = `${copy.entry} ${index + 1}`;
          return (
            <PlanEntry
              key={line.key}
              id={entryId(copy.step, index)}
              label={label}
              text={line.text}
              error={errors[`${copy.step}.${index}`]}
              onText={(text) =>
                onChange(shown.map((e) => (e.key === line.key ? { ...e, text } : e)))
              }
              remove={
                removing && canRemove ? (
                  <button
                    type="button"
                    className="secondary plan-remove"
                    aria-label={`Remove ${midSentence(label)}`}
                    onClick={() => onRemove(shown, index)}
                  >
                    Remove
                  </button>
                ) : null
              }
            />
          );
        })}
      </ul>
      <div aria-live="polite" className="plan-undo">
        {removed ? (
          <p>
            {removedWords(removed.entry.text)}{" "}
            <button id={undoId(copy.step)} type="button" className="secondary" onClick={onUndo}>
              Undo
            </button>
          </p>
        ) : null}
      </div>
      <p className="plan-step-actions">
        {shown.length < SAFETY_PLAN_ENTRIES_MAX ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onChange([...shown, entry("")]);
              onFocus(entryId(copy.step, shown.length));
            }}
          >
            Add another<span className="visually-hidden"> to {midSentence(copy.title)}</span>
          </button>
        ) : null}
        {canRemove || removing ? (
          <button
            type="button"
            className="link-button"
            aria-pressed={removing}
            onClick={() => setRemoving(!removing)}
          >
            {removing ? "Done removing" : "Remove an entry"}
            <span className="visually-hidden"> from {midSentence(copy.title)}</span>
          </button>
        ) : null}
      </p>
    </fieldset>
  );
}

interface PlanEntryProps {
  id: string;
  label: string;
  text: string;
  error: string | undefined;
  onText: (text: string) => void;
  /** Drawn beside the box: the "Remove" button while entries are being removed. */
  remove: ReactNode;
}

/**
 * One line of a step. A component of its own so that each line keeps its own word about a paste
 * cut to fit (`useLengthLimit`), and that word goes with the line when it is removed.
 */
function PlanEntry({ id, label, text, error, onText, remove }: PlanEntryProps) {
  // The box stops taking letters at the limit, and a paste past it is cut there without a
  // sound: said out loud, so no one believes words were kept that were not.
  const length = useLengthLimit({
    id,
    value: text,
    max: SAFETY_PLAN_ENTRY_MAX,
    holder: "this box",
    fullWords: `This box holds ${SAFETY_PLAN_ENTRY_MAX} characters, so anything past that was not kept here. To write more, use "Add another".`,
  });
  return (
    <li className="plan-entry">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {sentence(label, error)}
        </p>
      ) : null}
      <div className="plan-entry-row">
        <textarea
          dir="auto"
          id={id}
          rows={2}
          {...length.box}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error ? `${id}-error` : undefined, ...length.describedBy)}
          onChange={(event) => onText(event.target.value)}
        />
        {remove}
      </div>
      {length.note}
    </li>
  );
}

/** The start of a removed entry, enough to recognise it in "Removed … Undo". */
function short(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed;
}

/**
 * What is said once an entry is removed, quoting its start, isolated: an entry ending in a
 * right-to-left override drew the full stop and the Undo button after it on the wrong side.
 */
export function removedWords(text: string): string {
  return text.trim() ? `Removed “${isolated(short(text))}”.` : "Removed.";
}

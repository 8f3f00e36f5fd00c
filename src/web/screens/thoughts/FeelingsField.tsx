import { isolated } from "../../../core/text/isolated.js";
import { FEELING_NAME_MAX_LENGTH } from "../../../core/thoughts/thought.schema.js";
import { Field } from "../../components/Field.js";
import { type FieldErrors, sentence } from "../../components/field-errors.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { type FeelingDraft, newFeeling } from "./record-draft.js";

/** A few common words, so naming a feeling can be one tap. */
const COMMON_FEELINGS = ["Sad", "Worried", "Lonely", "Ashamed", "Angry", "Guilty", "Tired"];

const ADD_FEELING_ID = "feelings-add";
const nameId = (feeling: FeelingDraft) => `feeling-${feeling.rowId}-name`;
const strengthId = (feeling: FeelingDraft) => `feeling-${feeling.rowId}-before`;

const STRENGTH_HINT = "0 is not at all, 100 is as strong as it gets.";

interface FeelingsFieldProps {
  feelings: FeelingDraft[];
  errors: FieldErrors;
  onChange: (feelings: FeelingDraft[]) => void;
}

function errorFor(errors: FieldErrors, path: string, label: string): string | undefined {
  const message = errors[path];
  return message ? sentence(label, message) : undefined;
}

/** The feelings that came with the thought, each with how strong it was. */
export function FeelingsField({ feelings, errors, onChange }: FeelingsFieldProps) {
  const update = (rowId: number, change: Partial<FeelingDraft>) =>
    onChange(feelings.map((f) => (f.rowId === rowId ? { ...f, ...change } : f)));
  const names = new Set(feelings.map((f) => f.name.trim().toLowerCase()));
  const focusAfterRender = useFocusAfterRender();

  // A tapped word is already named, so the next thing to fill is how strong it is; a blank row
  // starts at its name. Either way the tapped button is gone or far away, so focus moves on.
  function add(name?: string) {
    const feeling = newFeeling(name);
    onChange([...feelings, feeling]);
    focusAfterRender(name === undefined ? nameId(feeling) : strengthId(feeling));
  }

  function remove(feeling: FeelingDraft) {
    const at = feelings.indexOf(feeling);
    const next = feelings[at + 1] ?? feelings[at - 1];
    onChange(feelings.filter((f) => f.rowId !== feeling.rowId));
    focusAfterRender(next === undefined ? ADD_FEELING_ID : nameId(next), ADD_FEELING_ID);
  }
  return (
    <div className="stack">
      <div>
        <p id="common-feelings-label" className="hint">
          Tap a feeling to add it, or add your own word.
        </p>
        <ul className="chips" aria-labelledby="common-feelings-label">
          {COMMON_FEELINGS.filter((name) => !names.has(name.toLowerCase())).map((name) => (
            <li key={name}>
              <button type="button" className="secondary" onClick={() => add(name)}>
                <span className="visually-hidden">Add </span>
                {name}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {feelings.map((feeling, index) => {
        const label = feeling.name.trim() || `Feeling ${index + 1}`;
        return (
          <fieldset key={feeling.rowId} className="connection feeling">
            <legend>{label}</legend>
            <Field
              id={nameId(feeling)}
              label="What you felt"
              error={errorFor(errors, `feelings.${feeling.rowId}.name`, "The feeling")}
              limit={{ value: feeling.name, max: FEELING_NAME_MAX_LENGTH, holder: "this box" }}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={feeling.name}
                  onChange={(event) => update(feeling.rowId, { name: event.target.value })}
                />
              )}
            </Field>
            <Field
              id={strengthId(feeling)}
              label={`How strong (0 to 100)`}
              hint={STRENGTH_HINT}
              error={errorFor(errors, `feelings.${feeling.rowId}.before`, "How strong")}
            >
              {(control) => (
                <input
                  {...control}
                  className="short"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100}
                  step={1}
                  value={feeling.before}
                  onChange={(event) => update(feeling.rowId, { before: event.target.value })}
                />
              )}
            </Field>
            <button type="button" className="link-button" onClick={() => remove(feeling)}>
              Remove<span className="visually-hidden"> {label}</span>
            </button>
          </fieldset>
        );
      })}
      <button type="button" id={ADD_FEELING_ID} className="secondary" onClick={() => add()}>
        {feelings.length === 0 ? "Add a feeling" : "Add another feeling"}
      </button>
    </div>
  );
}

/** The same feelings rated again, with any change put kindly. */
export function RerateField({ feelings, errors, onChange }: FeelingsFieldProps) {
  const named = feelings.filter((f) => f.name.trim() !== "");
  if (named.length === 0) {
    return (
      <p className="hint">
        If you add feelings in step 3, you can rate them again here to see if anything has shifted.
      </p>
    );
  }
  return (
    <div className="stack">
      {named.map((feeling) => {
        const name = feeling.name.trim();
        return (
          <div key={feeling.rowId}>
            <Field
              id={`feeling-${feeling.rowId}-after`}
              label={strengthLabel(name)}
              hint={
                feeling.before.trim() !== ""
                  ? `Before, it was ${feeling.before.trim()}. ${STRENGTH_HINT}`
                  : STRENGTH_HINT
              }
              error={errorFor(errors, `feelings.${feeling.rowId}.after`, "How strong")}
            >
              {(control) => (
                <input
                  {...control}
                  className="short"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100}
                  step={1}
                  value={feeling.after}
                  onChange={(event) =>
                    onChange(
                      feelings.map((f) =>
                        f.rowId === feeling.rowId ? { ...f, after: event.target.value } : f,
                      ),
                    )
                  }
                />
              )}
            </Field>
            <p className="change-note">{changeNote(name, feeling.before, feeling.after)}</p>
          </div>
        );
      })}
    </div>
  );
}

/*
 * A feeling's name is the person's own words, set inside ours: isolated, so a name ending in a
 * right-to-left override left open cannot turn "went from 80 to 50" around after it, and a name in
 * Hebrew or Arabic cannot pull the number after its quote to its own side.
 */

/** The question beside a feeling's strength after the record, naming the feeling. */
export function strengthLabel(name: string): string {
  return `How strong is "${isolated(name)}" now? (optional)`;
}

/** Any change in a feeling, put gently: less is good news, the same or more is no failure. */
export function changeNote(name: string, beforeText: string, afterText: string): string {
  if (beforeText.trim() === "" || afterText.trim() === "") return "";
  const before = Number(beforeText);
  const after = Number(afterText);
  if (!Number.isFinite(before) || !Number.isFinite(after)) return "";
  const feeling = isolated(name.toLowerCase());
  const named = isolated(name);
  if (after < before) {
    return `"${named}" went from ${before} to ${after}: ${before - after} points lighter. That shift came from you.`;
  }
  if (after === before) {
    return `"${named}" is still at ${after}. Strong feelings often take time to ease, and that's okay.`;
  }
  return `"${named}" is at ${after} now, up from ${before}. Looking closely at a hard thought can stir ${feeling} up for a while. Be gentle with yourself.`;
}

import { useLayoutEffect, useRef } from "react";
import {
  CONNECTION_NAME_MAX,
  type ConnectionMode,
  connectionModes,
} from "../../../core/checkins/checkin.schema.js";
import { Field } from "../../components/Field.js";
import { type FieldErrors, sentence } from "../../components/field-errors.js";
import {
  type ConnectionDraft,
  connectionModeWords,
  feltWords,
  fieldId,
  labelOf,
  newConnectionRow,
} from "./draft.js";
import { linkedPersonName, useCircleNames } from "./linked-person.js";

interface ConnectionsFieldProps {
  /**
   * The day's answers are still on their way: only the question and its hint are drawn. They are
   * the screen's largest text, so the first paint that counts does not wait on the network, and
   * they stay the same elements once the rows arrive.
   */
  pending?: boolean;
  rows: ConnectionDraft[];
  errors: FieldErrors;
  onChange: (rows: ConnectionDraft[]) => void;
}

/** "Who you connected with": any number of rows, each a person, how, and how it felt. */
export function ConnectionsField({
  pending = false,
  rows,
  errors,
  onChange,
}: ConnectionsFieldProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  const circle = useCircleNames(rows);
  // After adding, focus goes into the new row; after removing, back to the add button.
  const focusAfterChange = useRef<"new-row" | "add-button" | null>(null);

  useLayoutEffect(() => {
    const target = focusAfterChange.current;
    focusAfterChange.current = null;
    if (target === "add-button") addButton.current?.focus();
    if (target === "new-row") {
      document.getElementById(fieldId(`connections.${rows.length - 1}.name`))?.focus();
    }
  });

  function update(index: number, change: Partial<ConnectionDraft>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  return (
    <section className="connections" aria-labelledby="connections-heading">
      <h2 id="connections-heading">Who did you connect with?</h2>
      <p className="hint">Any contact counts: a text, a call, a wave to a neighbour.</p>
      {pending
        ? null
        : rows.map((row, index) => (
            <ConnectionRow
              key={row.rowId}
              row={row}
              index={index}
              withWhom={linkedPersonName(row, circle)}
              errors={errors}
              onChange={(change) => update(index, change)}
              onRemove={() => {
                focusAfterChange.current = "add-button";
                onChange(rows.filter((_, i) => i !== index));
              }}
            />
          ))}
      {pending ? null : (
        <button
          ref={addButton}
          type="button"
          className="secondary"
          onClick={() => {
            focusAfterChange.current = "new-row";
            onChange([...rows, newConnectionRow()]);
          }}
        >
          {rows.length === 0 ? "Add someone you connected with" : "Add another person"}
        </button>
      )}
    </section>
  );
}

interface ConnectionRowProps {
  row: ConnectionDraft;
  index: number;
  /** Who a link to someone in the circle is with, when the row has no name of its own. */
  withWhom: string | undefined;
  errors: FieldErrors;
  onChange: (change: Partial<ConnectionDraft>) => void;
  onRemove: () => void;
}

function ConnectionRow({ row, index, withWhom, errors, onChange, onRemove }: ConnectionRowProps) {
  const number = index + 1;
  const path = (part: string) => `connections.${index}.${part}`;
  const errorFor = (part: string) => {
    const message = errors[path(part)];
    return message ? sentence(labelOf(path(part)), message) : undefined;
  };
  return (
    <fieldset className="connection">
      <legend>Connection {number}</legend>
      {/* A day saved as a link to someone in the circle, with no name typed, showed an empty
          name field and nothing else to say who it was with. */}
      {withWhom === undefined ? null : <p className="hint">With {withWhom}</p>}
      <Field
        id={fieldId(path("name"))}
        label="Name (optional)"
        error={errorFor("name")}
        limit={{ value: row.name, max: CONNECTION_NAME_MAX, holder: "a name" }}
      >
        {(props) => (
          <input
            {...props}
            autoComplete="off"
            value={row.name}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </Field>
      <Field id={fieldId(path("mode"))} label="How" error={errorFor("mode")}>
        {(props) => (
          <select
            {...props}
            value={row.mode}
            onChange={(event) => onChange({ mode: modeFrom(event.target.value) })}
          >
            <option value="">Choose…</option>
            {connectionModes.map((mode) => (
              <option key={mode} value={mode}>
                {connectionModeWords[mode]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId(path("felt"))} label="How it felt (optional)" error={errorFor("felt")}>
        {(props) => (
          <select
            {...props}
            value={row.felt}
            onChange={(event) => onChange({ felt: event.target.value })}
          >
            <option value="">Rather not say</option>
            {feltWords.map(({ value, words }) => (
              <option key={value} value={String(value)}>
                {words}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button
        type="button"
        className="link-button"
        aria-label={`Remove connection ${number}`}
        onClick={onRemove}
      >
        Remove
      </button>
    </fieldset>
  );
}

function modeFrom(value: string): ConnectionMode | "" {
  return connectionModes.find((mode) => mode === value) ?? "";
}

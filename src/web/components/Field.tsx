import { type FormEvent, type ReactNode, useState } from "react";
import {
  describedBy,
  keepWholeCharacters,
  type LengthLimitOptions,
  lengthLimit,
} from "./length-limit.js";

/** What a control needs so its label, hint and error are read out with it. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  /** Set for a text with a limit (`limit`), so the box takes no more than the server keeps. */
  maxLength?: number;
  /** Set with `maxLength`: what does not fit is cut between whole characters, and said so. */
  onBeforeInput?: (event: FormEvent<Element>) => void;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** A whole sentence, shown above the control so it is seen before the control is. */
  error?: string | undefined;
  /** A text's limit: the room left near it, and a plain word at it, said under the control. */
  limit?: Omit<LengthLimitOptions, "id"> | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A label, an optional hint and error, and one control (input, select, textarea) wired to them. */
export function Field({ id, label, hint, error, limit, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // The box's text just after something typed or pasted was cut to fit; its words say so while
  // the text stays as it was cut.
  const [cutTo, setCutTo] = useState<string | undefined>(undefined);
  const length = limit
    ? lengthLimit({ id, ...limit, cut: cutTo !== undefined && cutTo === limit.value })
    : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(
          hint ? hintId : undefined,
          error ? errorId : undefined,
          ...(length?.describedBy ?? []),
        ),
        ...(length
          ? {
              maxLength: length.maxLength,
              onBeforeInput: (event: FormEvent<Element>) => setCutTo(keepWholeCharacters(event)),
            }
          : {}),
      })}
      {length?.note}
    </div>
  );
}

import type { ReactNode } from "react";
import {
  describedBy,
  type LengthLimitedBox,
  type LengthLimitOptions,
  useLengthLimit,
} from "./length-limit.js";

/** What a control needs so its label, hint and error are read out with it. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  /** Set for a text with a limit (`limit`), so the box takes no more than the server keeps. */
  maxLength?: LengthLimitedBox["maxLength"];
  /** Set with `maxLength`: what does not fit is cut between whole characters, and said so. */
  onBeforeInput?: LengthLimitedBox["onBeforeInput"];
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** A whole sentence, shown above the control so it is seen before the control is. */
  error?: string | undefined;
  /** A text's limit: the room left near it, and a plain word at it, said under the control. */
  limit?: Omit<LengthLimitOptions, "id" | "cut"> | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A label, an optional hint and error, and one control (input, select, textarea) wired to them. */
export function Field({ id, label, hint, error, limit, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const length = useLengthLimit(limit ? { id, ...limit } : undefined);
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
        ...length?.box,
      })}
      {length?.note}
    </div>
  );
}

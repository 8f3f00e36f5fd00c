import type { InputHTMLAttributes } from "react";
import { Field } from "./Field.js";
import { sentence } from "./field-errors.js";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The schema's message, which follows the field's label ("must be at least 8 characters"). */
  error?: string | undefined;
}

export function TextField({ id, label, hint, error, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error ? sentence(label, error) : undefined}>
      {(control) => <input {...input} {...control} />}
    </Field>
  );
}

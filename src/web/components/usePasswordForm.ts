import { type FormEvent, useId, useState } from "react";
import type { z } from "zod";
import { messageOf } from "../api/client.js";
import { errorsFromIssues, type FieldErrors, fieldErrorsOf } from "./field-errors.js";
import { useOneAtATime } from "./useOneAtATime.js";

/** What a form's own check found: the values to send, or the fields' problems. */
export type Checked<T> = { data: T } | { errors: FieldErrors };

/** A schema's verdict on the typed values, in the shape `usePasswordForm` takes. */
export function checkWith<S extends z.ZodType>(schema: S, values: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(values);
  return parsed.success ? { data: parsed.data } : { errors: errorsFromIssues(parsed.error.issues) };
}

interface PasswordFormOptions<T> {
  /** The fields in the order they are shown: the first with a problem gets the focus. */
  fields: readonly string[];
  /** Checks what was typed before anything is sent. */
  check: () => Checked<T>;
  send: (data: T) => Promise<void>;
  /** The server's field problems as this form words them; none left means a problem above. */
  serverErrors?: (fields: FieldErrors) => FieldErrors;
  /** Whether a field the server refused gets the focus, as one the form's own check refused. */
  focusServerErrors?: boolean;
  /** Stays busy after a success that takes the person elsewhere, so the button never flickers. */
  busyAfterSuccess?: boolean;
}

/**
 * The state every password form shares (sign-in, setup, joining, a reset, changing the password,
 * erasing): one sending at a time, the form's own check first with the focus on the first field
 * it refused, then the server's field problems beside their fields or its message above the form.
 */
export function usePasswordForm<T>(options: PasswordFormOptions<T>) {
  const id = useId();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  // A double tap sends once.
  const sending = useOneAtATime();

  function focusFirst(found: FieldErrors) {
    const first = options.fields.find((key) => found[key]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.running()) return;
    setProblem("");
    const checked = options.check();
    if ("errors" in checked) {
      setErrors(checked.errors);
      focusFirst(checked.errors);
      return;
    }
    setErrors({});
    await sending.run(
      async () => {
        try {
          await options.send(checked.data);
          return true;
        } catch (error) {
          const server = fieldErrorsOf(error);
          const fields = options.serverErrors ? options.serverErrors(server) : server;
          if (Object.keys(fields).length > 0) {
            setErrors(fields);
            if (options.focusServerErrors ?? true) focusFirst(fields);
          } else {
            setProblem(messageOf(error));
          }
          return false;
        }
      },
      (succeeded) => succeeded && options.busyAfterSuccess === true,
    );
  }

  return { id, errors, problem, busy: sending.busy, onSubmit };
}

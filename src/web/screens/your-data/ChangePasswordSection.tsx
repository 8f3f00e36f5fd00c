import { type FormEvent, useId, useState } from "react";
import { changePasswordSchema } from "../../../core/accounts/account.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import {
  errorsFromIssues,
  errorsFromServer,
  type FieldErrors,
} from "../../components/field-errors.js";
import { TextField } from "../../components/TextField.js";
import { yourDataApi } from "./your-data-api.js";

const FIELDS = ["currentPassword", "newPassword"] as const;

/** A new password, given the current one; any other browser signed in as the person is signed out. */
export function ChangePasswordSection() {
  const id = useId();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  function focusFirst(found: FieldErrors) {
    const first = FIELDS.find((key) => found[key]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setProblem("");
    setDone(false);
    const parsed = changePasswordSchema.safeParse({ currentPassword, newPassword });
    if (!parsed.success) {
      const found = errorsFromIssues(parsed.error.issues);
      setErrors(found);
      focusFirst(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await yourDataApi.changePassword(parsed.data);
      setCurrentPassword("");
      setNewPassword("");
      setDone(true);
    } catch (error) {
      const fields = error instanceof ApiRequestError ? errorsFromServer(error.fields) : {};
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        focusFirst(fields);
      } else {
        setProblem(messageOf(error));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Change your password</h2>
      <form className="stack" noValidate onSubmit={submit}>
        <FormProblem message={problem} />
        <TextField
          id={`${id}-currentPassword`}
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={errors.currentPassword}
        />
        <TextField
          id={`${id}-newPassword`}
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters. Any other browser signed in as you will be signed out."
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={errors.newPassword}
        />
        <button type="submit" className="primary">
          {busy ? "Changing…" : "Change password"}
        </button>
        <p role="status">
          {done ? "Your password is changed. Other browsers signed in as you were signed out." : ""}
        </p>
      </form>
    </section>
  );
}

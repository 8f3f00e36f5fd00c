import { type FormEvent, useState } from "react";
import { changePasswordSchema } from "../../../core/accounts/account.schema.js";
import { FormProblem } from "../../components/FormProblem.js";
import { TextField } from "../../components/TextField.js";
import { checkWith, usePasswordForm } from "../../components/usePasswordForm.js";
import { yourDataApi } from "./your-data-api.js";

const FIELDS = ["currentPassword", "newPassword"] as const;

/** A new password, given the current one; any other browser signed in as the person is signed out. */
export function ChangePasswordSection() {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [done, setDone] = useState(false);
  const form = usePasswordForm({
    fields: FIELDS,
    check: () => checkWith(changePasswordSchema, { currentPassword, newPassword }),
    send: async (change) => {
      await yourDataApi.changePassword(change);
      setCurrentPassword("");
      setNewPassword("");
      setDone(true);
    },
  });
  const { id, errors, problem, busy } = form;

  function submit(event: FormEvent<HTMLFormElement>) {
    // A second change starts without the first one's "changed" still showing.
    if (!busy) setDone(false);
    void form.onSubmit(event);
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

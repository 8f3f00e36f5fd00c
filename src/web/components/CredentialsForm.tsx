import { useState } from "react";
import type { z } from "zod";
import type { Credentials } from "../../core/accounts/account.schema.js";
import { FormProblem } from "./FormProblem.js";
import { TextField } from "./TextField.js";
import { checkWith, usePasswordForm } from "./usePasswordForm.js";

interface CredentialsFormProps {
  schema: z.ZodType<Credentials>;
  submitLabel: string;
  busyLabel: string;
  /** Creating a password: the browser may offer a strong one, and the length rule is said up front. */
  choosingPassword: boolean;
  submit: (credentials: Credentials) => Promise<void>;
}

/** Username and password, shared by account setup and sign-in. */
export function CredentialsForm(props: CredentialsFormProps) {
  const { schema, submitLabel, busyLabel, choosingPassword, submit } = props;
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const { id, errors, problem, busy, onSubmit } = usePasswordForm({
    fields: ["username", "password"],
    check: () => checkWith(schema, { username, password }),
    send: submit,
  });

  return (
    <form className="stack" noValidate onSubmit={onSubmit}>
      <FormProblem message={problem} />
      <TextField
        id={`${id}-username`}
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={errors.username}
      />
      <TextField
        id={`${id}-password`}
        label="Password"
        name="password"
        type={showPassword ? "text" : "password"}
        autoComplete={choosingPassword ? "new-password" : "current-password"}
        hint={choosingPassword ? "At least 8 characters." : undefined}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
        />
        <span>Show password</span>
      </label>
      <button type="submit" className="primary">
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}

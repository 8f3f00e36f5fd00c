import { type FormEvent, useId, useRef, useState } from "react";
import type { z } from "zod";
import type { Credentials } from "../../core/accounts/account.schema.js";
import { ApiRequestError, messageOf } from "../api/client.js";
import { FormProblem } from "./FormProblem.js";
import { errorsFromIssues, errorsFromServer, type FieldErrors } from "./field-errors.js";
import { TextField } from "./TextField.js";

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
  const id = useId();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  function focusFirstInvalid(found: FieldErrors) {
    const first = ["username", "password"].find((key) => found[key]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busyRef.current) return;
    setProblem("");
    const parsed = schema.safeParse({ username, password });
    if (!parsed.success) {
      const found = errorsFromIssues(parsed.error.issues);
      setErrors(found);
      focusFirstInvalid(found);
      return;
    }
    setErrors({});
    busyRef.current = true;
    setBusy(true);
    try {
      await submit(parsed.data);
    } catch (error) {
      const fields = error instanceof ApiRequestError ? errorsFromServer(error.fields) : {};
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        focusFirstInvalid(fields);
      } else {
        setProblem(messageOf(error));
      }
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  return (
    <form className="stack" noValidate onSubmit={handleSubmit}>
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

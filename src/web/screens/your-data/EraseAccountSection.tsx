import { useState } from "react";
import { FormProblem } from "../../components/FormProblem.js";
import type { FieldErrors } from "../../components/field-errors.js";
import { TextField } from "../../components/TextField.js";
import { usePasswordForm } from "../../components/usePasswordForm.js";
import { DownloadLink } from "./DownloadLink.js";
import { yourDataApi } from "./your-data-api.js";

/** Everything an erasure takes, in the person's words: they should know before they type. */
const WHAT_GOES = [
  "every daily check-in, with its notes and who you connected with",
  "your check-up answers and scores",
  "your safety plan",
  "your thought records",
  "your plan: activities, routine and the people in your circle",
  "your share cards and calendar link, which stop working",
  "your account itself: your name, password and sign-ins",
] as const;

/** Erasing the account, for good, once the person has typed their password. */
export function EraseAccountSection({ onErased }: { onErased: () => void }) {
  const [password, setPassword] = useState("");
  const { id, errors, problem, busy, onSubmit } = usePasswordForm<string>({
    fields: ["password"],
    check: () =>
      password === ""
        ? { errors: { password: "is needed to erase your account" } }
        : { data: password },
    send: async (typed) => {
      await yourDataApi.erase(typed);
      onErased();
    },
    // Any refusal of the password is said as what it means here: nothing was erased.
    serverErrors: (fields): FieldErrors =>
      fields.password ? { password: "does not match, so nothing was erased" } : {},
    // Erased, the person is taken to the start: the button says "Erasing…" until then.
    busyAfterSuccess: true,
  });

  return (
    <section className="card danger-zone" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Erase your account</h2>
      <p>This removes, for good and from this server:</p>
      <ul>
        {WHAT_GOES.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>It cannot be undone. If you might want any of it later, keep a copy first:</p>
      <p>
        <DownloadLink href="/api/export">Download all my data first</DownloadLink>
      </p>
      <form className="stack" noValidate onSubmit={onSubmit}>
        <FormProblem message={problem} />
        <TextField
          id={`${id}-password`}
          label="Your password"
          type="password"
          autoComplete="current-password"
          hint="Typing it shows it is really you."
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
        />
        <button type="submit">{busy ? "Erasing…" : "Erase my account and everything in it"}</button>
      </form>
    </section>
  );
}

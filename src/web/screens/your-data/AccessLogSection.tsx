import { useEffect, useId, useState } from "react";
import type { AccessEntry, AccessEvent } from "../../../core/access-log/access-log.schema.js";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { yourDataApi } from "./your-data-api.js";

const EVENT_WORDS: Record<AccessEvent, string> = {
  "sign-in": "Signed in",
  "sign-in-failed": "Someone tried to sign in with a wrong password",
  export: "All data downloaded",
  import: "Data imported",
  "data-replaced": "Everything here was replaced by an imported file",
  "password-changed": "Password changed",
  "share-opened": "Your share card was opened",
  "calendar-fetched": "Your plan's calendar feed was read",
  report: "Report made (PDF)",
};

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** What happened to the account lately, so the person can spot anything that was not them. */
export function AccessLogSection() {
  const id = useId();
  const [entries, setEntries] = useState<AccessEntry[] | null>(null);
  const [problem, setProblem] = useState("");

  useEffect(() => {
    yourDataApi.accessLog().then(setEntries, (error: unknown) => setProblem(messageOf(error)));
  }, []);

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Recent activity on your account</h2>
      <p>
        Sign-ins, downloads, reports, imports, password changes, and opens of your share card and
        calendar feed from the last 180 days. If something here was not you, change your password
        and sign out everywhere.
      </p>
      <FormProblem message={problem} />
      {entries === null ? null : entries.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <ul aria-label="Recent activity, newest first">
          {entries.map((entry) => (
            <li key={`${entry.at} ${entry.event} ${entry.browser} ${entry.address}`}>
              <strong>{EVENT_WORDS[entry.event]}</strong>, {when(entry.at)}, {entry.browser},{" "}
              {entry.address}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

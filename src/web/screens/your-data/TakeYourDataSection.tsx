import { type FormEvent, useId, useState } from "react";
import type { ImportMode } from "../../../core/export/export-document.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { DownloadLink } from "./DownloadLink.js";
import { importedSummary } from "./import-kinds.js";
import { importFile } from "./your-data-api.js";

/**
 * What the bar stands for, in words: how much of the file has gone, and then that Reconnect is
 * still at work, so a person with a large file does not think it has stopped.
 */
function progressWords(sent: number): string {
  return sent < 1
    ? `Sending the file: ${Math.floor(sent * 100)}%`
    : "Sent. Reconnect is reading and saving it; a large file takes a little while.";
}

/** Download everything as one file, and bring such a file back in. */
export function TakeYourDataSection() {
  const id = useId();
  const [mode, setMode] = useState<ImportMode>("add");
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState("");
  const [details, setDetails] = useState<[string, string][]>([]);
  const [result, setResult] = useState("");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (progress !== null) return;
    setProblem("");
    setDetails([]);
    setResult("");
    if (!file) {
      setProblem("Choose an export file first.");
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    setProgress(0);
    try {
      const counts = await importFile(file, mode, (sent, total) =>
        setProgress(total > 0 ? sent / total : 0),
      );
      setResult(importedSummary(counts));
    } catch (error) {
      setProblem(messageOf(error));
      if (error instanceof ApiRequestError) setDetails(Object.entries(error.fields));
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Take your data with you</h2>
      <p>
        One file holds everything you keep here: check-ins and notes, check-ups, your safety plan,
        thought records, your plan, your circle and your share cards (without their links). Keep it
        somewhere private: anyone who opens it can read it.
      </p>
      <p>
        <DownloadLink href="/api/export">Download all my data</DownloadLink>
      </p>
      <form className="stack" noValidate onSubmit={submit}>
        <h3>Bring data in</h3>
        <div className="field">
          <label htmlFor={`${id}-file`}>Export file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept="application/json,.json"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <fieldset>
          <legend>What to do with it</legend>
          <label className="check">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === "add"}
              onChange={() => setMode("add")}
            />
            <span>Add what is not here yet</span>
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === "replace"}
              onChange={() => setMode("replace")}
            />
            <span>Replace everything here with the file</span>
          </label>
        </fieldset>
        <FormProblem message={problem} />
        {details.length > 0 ? (
          <ul aria-label="Where the file has problems">
            {details.map(([path, message]) => (
              <li key={path}>
                <code>{path}</code> {message}
              </li>
            ))}
          </ul>
        ) : null}
        {progress !== null ? (
          <div>
            <label htmlFor={`${id}-progress`}>{progressWords(progress)}</label>
            {/* Once every byte is sent the bar has no end to show, only that work goes on. */}
            <progress id={`${id}-progress`} max={1} value={progress < 1 ? progress : undefined} />
          </div>
        ) : null}
        <button type="submit" className="primary">
          {progress !== null ? "Importing…" : "Import"}
        </button>
        <p role="status">{result}</p>
      </form>
    </section>
  );
}

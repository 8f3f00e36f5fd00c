import { type FormEvent, useId, useLayoutEffect, useRef, useState } from "react";
import type { ImportMode } from "../../../core/export/export-document.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { lazyDateFormat } from "../../dates/lazy-date-format.js";
import { shareApi } from "../share/share-api.js";
import { DownloadLink } from "./DownloadLink.js";
import { importedSummary } from "./import-kinds.js";
import { refusalBeforeSending, refusalWords } from "./import-refusal.js";
import { ReplaceQuestion } from "./ReplaceQuestion.js";
import { READ_LIMIT_BYTES, readFileJson } from "./read-file-json.js";
import {
  addedCardsWords,
  type FileHoldings,
  type Holdings,
  holdingsOfFile,
} from "./replace-words.js";
import { importFile, yourDataApi } from "./your-data-api.js";

// Seldom shown (only for a refused file), so not built ahead of need.
const fullDay = lazyDateFormat({ day: "numeric", month: "long", year: "numeric" }, { warm: false });
// Noon, so no time-zone or daylight-saving shift can move the date to its neighbour.
const dayWords = (date: string) => fullDay.format(new Date(`${date}T12:00:00`));

/** A replace waiting for the person's second, deliberate answer, with what it would change. */
interface Asking {
  held: Holdings | null;
  inFile: FileHoldings | null;
  /** Links shared now that a replace would leave opening nothing; null when not known. */
  activeLinks: number | null;
}

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
  const [problems, setProblems] = useState<string[]>([]);
  const [result, setResult] = useState("");
  const [preparing, setPreparing] = useState(false);
  const [asking, setAsking] = useState<Asking | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  // A large file on a slow phone shows nothing at first: a second tap on Import (or on "Yes,
  // replace everything") sent the whole file again, and its answer ("nothing new") replaced the
  // first one's count.
  const importing = useOneAtATime();
  // The question's buttons leave with it: focus goes back to the Import button, not the page top.
  // Before the screen is painted again, so focus is never left on the page body in between: a
  // screen reader would read that out, and "Nothing was changed" could be shown before it moved.
  const returnFocus = useRef(false);
  useLayoutEffect(() => {
    if (asking !== null || !returnFocus.current) return;
    returnFocus.current = false;
    importButton.current?.focus();
  }, [asking]);

  /** The question answered: it leaves, and focus goes back to Import. */
  function closeQuestion() {
    returnFocus.current = true;
    setAsking(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importing.running() || asking !== null) return;
    await importing.run(() => checkAndImport());
  }

  /** Said at once when the file is plainly no export; a replace asks first; the rest is sent. */
  async function checkAndImport() {
    setProblem("");
    setProblems([]);
    setResult("");
    if (!file) {
      setProblem("Choose an export file first.");
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    // Empty, a spreadsheet or a photo: said at once, before any question or upload.
    const early = refusalBeforeSending(file);
    if (early !== null) {
      setProblem(early);
      return;
    }
    if (mode === "replace") {
      // Counted first, so the question names real numbers rather than changing as they arrive.
      setPreparing(true);
      const [held, doc, shared] = await Promise.all([
        yourDataApi.holdings().catch(() => null),
        readFileJson(file),
        shareApi.list().catch(() => null),
      ]);
      setPreparing(false);
      const inFile = holdingsOfFile(doc);
      // Read here and plainly no export (another program's file, or not JSON at all): the
      // server refuses it before erasing anything, so a question about erasing would only
      // frighten. Sent at once, its refusal is said as for "Add".
      if (inFile === null && file.size <= READ_LIMIT_BYTES) {
        await runImport(file, "replace");
        return;
      }
      // Unknown links are said as "any link" only where there may be some to lose.
      const activeLinks =
        shared !== null
          ? shared.shares.filter((share) => share.active).length
          : held !== null && held.shares === 0
            ? 0
            : null;
      setAsking({ held, inFile, activeLinks });
      return;
    }
    await runImport(file, mode);
  }

  function keep() {
    closeQuestion();
    setResult("Nothing was changed: everything here stays as it was.");
  }

  function replace() {
    if (!file || importing.running()) return;
    closeQuestion();
    void importing.run(() => runImport(file, "replace"));
  }

  async function runImport(chosen: File, chosenMode: ImportMode) {
    setProgress(0);
    try {
      const counts = await importFile(chosen, chosenMode, (sent, total) =>
        setProgress(total > 0 ? sent / total : 0),
      );
      setResult([importedSummary(counts), addedCardsWords(counts)].filter(Boolean).join(" "));
    } catch (error) {
      if (error instanceof ApiRequestError) {
        // Read only to name refused records by their day; the upload itself never reads it.
        const named = error.code === "invalid-import" && Object.keys(error.fields).length > 0;
        const doc = named ? await readFileJson(chosen) : undefined;
        const words = refusalWords(error, chosen, doc, dayWords);
        setProblem(words.message);
        setProblems(words.problems);
      } else {
        setProblem(messageOf(error));
      }
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
            onChange={(event) => {
              // A question asked about another file or mode no longer holds.
              setFile(event.target.files?.[0] ?? null);
              setAsking(null);
            }}
          />
        </div>
        <fieldset>
          <legend>What to do with it</legend>
          <label className="check">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === "add"}
              aria-describedby={`${id}-add-hint`}
              onChange={() => {
                setMode("add");
                setAsking(null);
              }}
            />
            <span>Add what is not here yet</span>
          </label>
          {/* Said before the choice: adding a file again is how a backup puts back what is
              missing, so a record deleted since it was saved comes back, once, as itself. */}
          <p className="hint" id={`${id}-add-hint`}>
            Nothing here is changed or added twice. Anything in the file that you have deleted here
            since is added back.
          </p>
          <label className="check">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === "replace"}
              onChange={() => {
                setMode("replace");
                setAsking(null);
              }}
            />
            <span>Replace everything here with the file</span>
          </label>
        </fieldset>
        <FormProblem message={problem} />
        {problems.length > 0 ? (
          <ul aria-label="Where the file has problems">
            {problems.map((line) => (
              <li key={line}>{line}</li>
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
        {asking !== null ? (
          <ReplaceQuestion
            held={asking.held}
            inFile={asking.inFile}
            activeLinks={asking.activeLinks}
            onReplace={replace}
            onKeep={keep}
          />
        ) : (
          <button type="submit" className="primary" ref={importButton}>
            {progress !== null ? "Importing…" : preparing ? "Checking…" : "Import"}
          </button>
        )}
        <p role="status">{result}</p>
      </form>
    </section>
  );
}

import { type FormEvent, useEffect, useState } from "react";
import {
  SAFETY_PLAN_ENTRIES_MAX,
  SAFETY_PLAN_ENTRY_MAX,
  type SafetyPlan,
  type SafetyPlanInput,
  type SafetyPlanStep,
} from "../../../core/safety-plan/safety-plan.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { safetyApi } from "../../api/safety.js";
import { FormProblem } from "../../components/FormProblem.js";
import { errorsFromServer, type FieldErrors, sentence } from "../../components/field-errors.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { type StepCopy, stepCopy } from "./steps.js";

/** A line of a list, with a key that stays with it when lines above it are removed. */
interface Entry {
  key: number;
  text: string;
}
type Lists = Record<SafetyPlanStep, Entry[]>;

let nextKey = 0;
function entry(text: string): Entry {
  nextKey += 1;
  return { key: nextKey, text };
}

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; savedAt: string | null };

function listsOf(plan: SafetyPlan): Lists {
  const entries = (texts: readonly string[]) => texts.map(entry);
  return {
    warningSigns: entries(plan.warningSigns),
    copingAlone: entries(plan.copingAlone),
    distractions: entries(plan.distractions),
    peopleToAsk: entries(plan.peopleToAsk),
    professionals: entries(plan.professionals),
    saferSurroundings: entries(plan.saferSurroundings),
    reasonsForLiving: entries(plan.reasonsForLiving),
  };
}

/** Blank lines are dropped rather than refused: an empty box left at the end is not a mistake. */
function textsOf(entries: readonly Entry[]): string[] {
  return entries.map((e) => e.text.trim()).filter((text) => text !== "");
}

function inputOf(lists: Lists): SafetyPlanInput {
  return {
    warningSigns: textsOf(lists.warningSigns),
    copingAlone: textsOf(lists.copingAlone),
    distractions: textsOf(lists.distractions),
    peopleToAsk: textsOf(lists.peopleToAsk),
    professionals: textsOf(lists.professionals),
    saferSurroundings: textsOf(lists.saferSurroundings),
    reasonsForLiving: textsOf(lists.reasonsForLiving),
  };
}

function savedOn(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

const entryId = (step: SafetyPlanStep, index: number) => `plan-${step}-${index}`;

/**
 * The Stanley–Brown safety plan: seven short lists in the person's own words. Deliberately not
 * checked for crisis language: naming the darkest thoughts is what the plan is for. A failed
 * save leaves every word on screen.
 */
export function SafetyPlanScreen() {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [lists, setLists] = useState<Lists | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [status, setStatus] = useState("");
  const [saving, setSaving] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    safetyApi.safetyPlan().then(
      (plan) => {
        if (!live) return;
        setLists(listsOf(plan));
        setLoaded({ state: "ready", savedAt: plan.updatedAt });
      },
      (error: unknown) => {
        if (live) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (focusId === null) return;
    setFocusId(null);
    document.getElementById(focusId)?.focus();
  }, [focusId]);

  function edit(step: SafetyPlanStep, entries: Entry[]) {
    if (!lists) return;
    setStatus("");
    setLists({ ...lists, [step]: entries });
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!lists || saving) return;
    setProblem("");
    setStatus("");
    setErrors({});
    setSaving(true);
    try {
      const saved = await safetyApi.saveSafetyPlan(inputOf(lists));
      setLists(listsOf(saved));
      setLoaded({ state: "ready", savedAt: saved.updatedAt });
      setStatus("Saved. Your plan is here whenever you need it.");
    } catch (error) {
      const fields = error instanceof ApiRequestError ? errorsFromServer(error.fields) : {};
      setErrors(fields);
      setProblem(
        Object.keys(fields).length > 0
          ? "Something needs a look before this can be saved."
          : messageOf(error),
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="screen safety-plan">
      <ScreenHeading title="My safety plan">My safety plan</ScreenHeading>
      <p>
        A plan for hard moments, in your own words. Go through it step by step when things start to
        feel too much. Fill in what you can; you can come back any time.
      </p>
      <p className="hint no-print">
        If you are in danger right now, <a href="/crisis">get help now</a>.
      </p>

      {loaded.state === "failed" ? (
        <p role="alert" className="form-error">
          {loaded.message}
        </p>
      ) : null}
      {loaded.state === "loading" ? <p>Getting your plan…</p> : null}

      {lists && loaded.state === "ready" ? (
        <>
          <form className="stack no-print" noValidate onSubmit={save}>
            {stepCopy.map((copy, index) => (
              <StepEditor
                key={copy.step}
                number={index + 1}
                copy={copy}
                entries={lists[copy.step]}
                errors={errors}
                onChange={(entries) => edit(copy.step, entries)}
                onFocus={setFocusId}
              />
            ))}
            <FormProblem message={problem} />
            <button type="submit" className="primary">
              {saving ? "Saving…" : "Save my plan"}
            </button>
          </form>
          <p role="status" className="status no-print">
            {status}
          </p>
          <p className="no-print">
            {loaded.savedAt ? `Last saved ${savedOn(loaded.savedAt)}. ` : null}
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
          </p>
          <PrintedPlan lists={lists} savedAt={loaded.savedAt} />
        </>
      ) : null}
    </div>
  );
}

interface StepEditorProps {
  number: number;
  copy: StepCopy;
  entries: Entry[];
  errors: FieldErrors;
  onChange: (entries: Entry[]) => void;
  onFocus: (id: string) => void;
}

function StepEditor({ number, copy, entries, errors, onChange, onFocus }: StepEditorProps) {
  const hintId = `plan-${copy.step}-hint`;
  const listError = errors[copy.step];
  // Always at least one box, so every step can be started without pressing anything first.
  const [blank] = useState(() => entry(""));
  const shown = entries.length > 0 ? entries : [blank];
  return (
    <fieldset className="plan-step" aria-describedby={hintId}>
      <legend>
        {number}. {copy.title}
      </legend>
      <p id={hintId} className="hint">
        {copy.why} {copy.example}
      </p>
      {listError ? <p className="field-error">{sentence("This list", listError)}</p> : null}
      <ul className="plan-entries">
        {shown.map((line, index) => {
          const id = entryId(copy.step, index);
          const error = errors[`${copy.step}.${index}`];
          const label = `${copy.entry} ${index + 1}`;
          return (
            <li key={line.key} className="plan-entry">
              <label htmlFor={id} className="visually-hidden">
                {label}
              </label>
              {error ? (
                <p id={`${id}-error`} className="field-error">
                  {sentence(label, error)}
                </p>
              ) : null}
              <div className="plan-entry-row">
                <input
                  id={id}
                  type="text"
                  maxLength={SAFETY_PLAN_ENTRY_MAX}
                  value={line.text}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) =>
                    onChange(
                      shown.map((e) =>
                        e.key === line.key ? { ...e, text: event.target.value } : e,
                      ),
                    )
                  }
                />
                {shown.length > 1 || line.text !== "" ? (
                  <button
                    type="button"
                    className="secondary plan-remove"
                    aria-label={`Remove ${label.toLowerCase()}`}
                    onClick={() => {
                      onChange(shown.filter((e) => e.key !== line.key));
                      onFocus(entryId(copy.step, Math.max(0, index - 1)));
                    }}
                  >
                    Remove
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {shown.length < SAFETY_PLAN_ENTRIES_MAX ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onChange([...shown, entry("")]);
            onFocus(entryId(copy.step, shown.length));
          }}
        >
          Add another<span className="visually-hidden"> to {copy.title.toLowerCase()}</span>
        </button>
      ) : null}
    </fieldset>
  );
}

/** What prints: the plan as plain lists, with no boxes or buttons. */
function PrintedPlan({ lists, savedAt }: { lists: Lists; savedAt: string | null }) {
  return (
    <div className="print-only" aria-hidden="true">
      <ol className="plan-print">
        {stepCopy.map((copy) => {
          const entries = textsOf(lists[copy.step]);
          return (
            <li key={copy.step}>
              <h2>{copy.title}</h2>
              {entries.length > 0 ? (
                <ul>
                  {entries.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              ) : (
                <p className="plan-print-blank">&nbsp;</p>
              )}
            </li>
          );
        })}
      </ol>
      {savedAt ? <p>Saved {savedOn(savedAt)}.</p> : null}
    </div>
  );
}

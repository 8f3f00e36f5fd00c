import { type FormEvent, lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { Checkin } from "../../../core/checkins/checkin.schema.js";
import type { LocalDate } from "../../../core/dates/local-date.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { api } from "../../api/reconnect.js";
import { dayName } from "../../components/day-name.js";
import { FormProblem } from "../../components/FormProblem.js";
import { errorsFromServer, type FieldErrors } from "../../components/field-errors.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { ConnectionsField } from "./ConnectionsField.js";
import { DayNav, DayPicker } from "./DayNav.js";
import {
  type CheckinDraft,
  checkDraft,
  draftFromCheckin,
  emptyDraft,
  fieldId,
  forgetUnsaved,
  isFormField,
  isOptionalPart,
  keepUnsaved,
  unsavedFor,
} from "./draft.js";
import { MoreAboutToday } from "./MoreAboutToday.js";
import { ScaleField } from "./ScaleField.js";

// Its own small file, fetched after the day's answers: the offer must never slow the check-in.
const CheckupOffer = lazy(() =>
  import("../check-ups/CheckupOffer.js").then((m) => ({ default: m.CheckupOffer })),
);

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; saved: Checkin | undefined; restored: boolean };

/** The order fields appear on screen, so focus goes to the first problem a person would meet. */
const FIELD_ORDER = [
  "mood",
  "connections",
  "energy",
  "enjoyment",
  "rumination",
  "burden",
  "sleepHours",
  "note",
];

export function CheckinScreen({ date, today }: { date: LocalDate; today: LocalDate }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [draft, setDraft] = useState<CheckinDraft>(emptyDraft);
  const [moreOpen, setMoreOpen] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [status, setStatus] = useState("");
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const [focusPath, setFocusPath] = useState<string | null>(null);

  const load = useCallback(() => {
    let current = true;
    setLoaded({ state: "loading" });
    api.checkins(date, date).then(
      (checkins) => {
        if (!current) return;
        const saved = checkins.find((checkin) => checkin.date === date);
        const unsaved = unsavedFor(date);
        const start = unsaved ?? (saved ? draftFromCheckin(saved) : emptyDraft());
        setDraft(start);
        setMoreOpen(hasOptionalAnswers(start));
        setLoaded({ state: "ready", saved, restored: unsaved !== undefined });
      },
      (error: unknown) => {
        if (current) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [date]);

  useEffect(() => load(), [load]);

  // Focus waits for the render that shows the error (and opens "more" if the field is inside it).
  useEffect(() => {
    if (focusPath === null) return;
    setFocusPath(null);
    document.getElementById(fieldId(focusPath))?.focus();
  }, [focusPath]);

  /** Applies an edit and drops the errors it may have fixed, so no stale warning stays on screen. */
  function change(edit: Partial<CheckinDraft>, path: string) {
    setDraft({ ...draft, ...edit });
    setErrors((current) => {
      const kept = Object.entries(current).filter(([key]) => !key.startsWith(path));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }

  function showErrors(found: FieldErrors) {
    setErrors(found);
    const paths = Object.keys(found);
    if (paths.some(isOptionalPart)) setMoreOpen(true);
    const rank = (path: string) => {
      const index = FIELD_ORDER.indexOf(path.split(".")[0] ?? path);
      return index === -1 ? FIELD_ORDER.length : index;
    };
    const first = [...paths].sort((a, b) => rank(a) - rank(b))[0];
    if (first !== undefined) setFocusPath(first);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (savingRef.current) return;
    setProblem("");
    setStatus("");
    const checked = checkDraft(draft);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    savingRef.current = true;
    setSaving(true);
    keepUnsaved(date, draft);
    try {
      const saved = await api.saveCheckin(date, checked.input);
      forgetUnsaved(date);
      setLoaded({ state: "ready", saved, restored: false });
      setStatus("Saved. Thank you for checking in.");
    } catch (error) {
      const fields = error instanceof ApiRequestError ? errorsFromServer(error.fields) : {};
      const paths = Object.keys(fields);
      if (paths.length > 0) showErrors(fields);
      // A field this form has no place for gets the server's own words, so nothing goes unsaid.
      const allShown = paths.length > 0 && paths.every(isFormField);
      setProblem(allShown ? "Something needs a look before this can be saved." : messageOf(error));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  }

  const isToday = date === today;
  const title = isToday ? "How are you today?" : `How was ${dayName(date)}?`;

  return (
    <div className="screen">
      <ScreenHeading title={isToday ? "Check-in" : `Check-in for ${dayName(date)}`}>
        {title}
      </ScreenHeading>
      <p className="date-line">{isToday ? dayName(date) : "You can change any answer."}</p>
      <DayNav date={date} today={today} />

      {loaded.state === "failed" ? (
        <div role="alert" className="form-error">
          <p>{loaded.message}</p>
          <button type="button" className="secondary" onClick={() => load()}>
            Try again
          </button>
        </div>
      ) : null}

      {loaded.state !== "failed" ? (
        // Drawn at once, and inert until the day's answers arrive, so nothing jumps when they do.
        <form
          className="stack checkin-form"
          noValidate
          onSubmit={save}
          inert={loaded.state === "loading"}
          aria-busy={loaded.state === "loading"}
        >
          <p className="hint">
            {loaded.state === "loading"
              ? "Getting your answers for this day…"
              : loaded.restored
                ? "Your answers from before weren't saved yet. They are here: press Save to keep them."
                : loaded.saved
                  ? "You checked in for this day. Change anything you like and save again."
                  : "Only mood is needed. Everything else is optional."}
          </p>
          <ScaleField
            scaleKey="mood"
            value={draft.scales.mood}
            optional={false}
            error={errors.mood}
            onChange={(mood) => change({ scales: { ...draft.scales, mood } }, "mood")}
          />
          <ConnectionsField
            rows={draft.connections}
            errors={errors}
            onChange={(connections) => change({ connections }, "connections")}
          />
          <MoreAboutToday
            open={moreOpen}
            onToggle={setMoreOpen}
            draft={draft}
            errors={errors}
            onChange={change}
          />
          <FormProblem message={problem} />
          <button type="submit" className="primary">
            {saving ? "Saving…" : "Save"}
          </button>
        </form>
      ) : null}

      {/* Always in the page, so screen readers are already listening when "Saved" appears. */}
      <p role="status" className="status">
        {status}
      </p>

      {/* Asked for once the day's answers are in, so its file and its request never compete
          with the form's first paint on a slow connection. */}
      {isToday && loaded.state === "ready" ? (
        <Suspense fallback={null}>
          <CheckupOffer />
        </Suspense>
      ) : null}

      <DayPicker date={date} today={today} />
    </div>
  );
}

function hasOptionalAnswers(draft: CheckinDraft): boolean {
  return (
    Object.keys(draft.scales).some((key) => key !== "mood") ||
    draft.sleepHours !== "" ||
    draft.note.trim() !== ""
  );
}

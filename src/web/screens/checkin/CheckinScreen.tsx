import {
  type FormEvent,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import type { Checkin, CheckinInput } from "../../../core/checkins/checkin.schema.js";
import { type HeavyDayReason, heavyDay, RUN_DAYS } from "../../../core/checkins/heavy-day.js";
import { isLowDay } from "../../../core/checkins/low-day.js";
import { addDays, type LocalDate } from "../../../core/dates/local-date.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { api } from "../../api/reconnect.js";
import { afterPaint } from "../../app/next-task.js";
import {
  CrisisWordsDoors,
  SAVED_WITH_CRISIS_WORDS,
} from "../../components/crisis/CrisisWordsDoors.js";
import { holdsCrisisWords } from "../../components/crisis/crisis-check.js";
import { dayName } from "../../components/day-name.js";
import { FormProblem } from "../../components/FormProblem.js";
import { type FieldErrors, fieldErrorsOf } from "../../components/field-errors.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { DraftNotice } from "../../drafts/DraftNotice.js";
import { DraftOwner, useDraftKey } from "../../drafts/DraftOwner.js";
import { readDraft, removeDraft, writeDraft } from "../../drafts/draft-store.js";
// The offline queue's conflict view, so a day changed elsewhere is asked about in one way. Small,
// and loaded with the screen: its heading takes focus in the very render that shows it.
import { DayConflict } from "../../offline/DayConflict.js";
import {
  HeardMoves,
  onDraftFollowed,
  QUEUED_EVENT,
  SYNCED_EVENT,
} from "../../offline/queue-marker.js";
import { queuedDay } from "../../offline/queued-day.js";
import { ConnectionsField } from "./ConnectionsField.js";
import { DayNav, DayPicker } from "./DayNav.js";
import {
  type CheckinDraft,
  checkDraft,
  checkinDraftSchema,
  draftFromCheckin,
  editedVersion,
  emptyDraft,
  fieldId,
  isFormField,
  isOptionalPart,
  keptCheckinDraft,
  sameCheckinDraft,
} from "./draft.js";
import { HeavyDayAnswer } from "./HeavyDayAnswer.js";
// Listens for the browser's install offer from the first moment, though the hint itself waits.
import "./install-prompt.js";
import { LowDayStep } from "./LowDayStep.js";
import { MoreAboutToday } from "./MoreAboutToday.js";
import { ScaleField } from "./ScaleField.js";

// The install hint's words and rules load the same way: most visits never show it.
const InstallHint = lazy(() =>
  import("./InstallHint.js").then((m) => ({ default: m.InstallHint })),
);
// Its own small file, fetched after the day's answers: the offer must never slow the check-in.
const CheckupOffer = lazy(() =>
  import("../check-ups/CheckupOffer.js").then((m) => ({ default: m.CheckupOffer })),
);

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | {
      state: "ready";
      saved: Checkin | undefined;
      /** The days just before, for the heavy-day rule's run of days. */
      previous: Checkin[];
      /** Whether the form opened on a draft kept on this device, and what it stands beside. */
      restored: "no" | "draft" | "draft-over-saved";
      /**
       * With no network: when the day was last seen (a copy kept on this device), or "never"
       * when this device has no copy of it; null online.
       */
      offline: string | null;
      /** The day's answers wait on this device to be sent: every notice says so, none "not saved". */
      onDevice: Checkin | undefined;
      /**
       * The version of the day the answers on screen were typed over (null: no check-in), sent
       * with the save so one made elsewhere since is asked about, not replaced (`editedVersion`).
       */
      base: string | null;
    };

/** The day changed elsewhere since the answers on screen were typed: the person chooses. */
type Conflict = { mine: CheckinInput; theirs: Checkin | undefined };

/**
 * What the last save answered with: the plain thanks, or words that acknowledge the day. `onDevice`
 * when there was no network and the check-in waits on this device to be sent.
 */
type Saved = { onDevice?: boolean } & (
  | { kind: "none" }
  | { kind: "ordinary" }
  /** A low day, not a heavy one: thanked, and offered one tiny step. */
  | { kind: "low"; checkin: Checkin }
  /**
   * Crisis words in the note. `card` is the saved version when the crisis card was showing at
   * the save: the card is then the answer, one panel, and nothing below Save repeats it while it
   * stays open.
   */
  | { kind: "crisis-words"; card: string | null }
  | { kind: "heavy"; reason: HeavyDayReason; checkin: Checkin }
  /** A conflict settled by keeping the version saved elsewhere (or leaving the day deleted). */
  | { kind: "kept-theirs"; deleted: boolean }
);

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
  const [crisisCardShown, setCrisisCardShown] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [saved, setSaved] = useState<Saved>({ kind: "none" });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // On a slow connection a second tap on Save sends nothing more: one save, one answer to it.
  const saving = useOneAtATime();
  const key = useDraftKey("checkin", date);
  const accountId = useContext(DraftOwner);
  const earlyMood = useRef<number | undefined>(undefined);
  // Focus waits for the render that shows the error (and opens "more" if the field is inside it).
  const focusAfter = useFocusAfterRender();
  // The last move of this day's draft by a queued send, heard as it happened: until the day is
  // read again, a key pressed or a save stands over the send's version, not the one loaded.
  // Made once, on the first render: `useRef(new HeardMoves())` built one more on every render
  // only to throw it away.
  const [moves] = useState(() => new HeardMoves());

  const load = useCallback(() => {
    let current = true;
    const reading = moves.beginReading();
    setLoaded({ state: "loading" });
    // The days before come in the same request, so the heavy-day rule needs no second one.
    const seen = api.checkinsSeen(addDays(date, -(RUN_DAYS - 1)), date).catch((error: unknown) => {
      // No network and no copy of this day on the device: the form still opens, to be kept
      // here and sent later.
      if (error instanceof ApiRequestError && error.status === 0) {
        return { checkins: [], keptAt: "never" };
      }
      throw error;
    });
    // A check-in saved here with no network and not yet sent is what the person last saved.
    const waiting = accountId === null ? undefined : queuedDay(accountId, date);
    // The day's answers are drawn after the form's frame has painted (app/next-task.ts).
    Promise.all([seen, waiting, afterPaint()]).then(
      ([{ checkins, keptAt }, queued]) => {
        if (!current) return;
        moves.read(reading, queued);
        const onDay = checkins.find((checkin) => checkin.date === date);
        const previous = checkins.filter((checkin) => checkin.date < date);
        const fromServer = onDay ? draftFromCheckin(onDay) : emptyDraft();
        const fromDevice = queued ? draftFromCheckin(queued.checkin) : undefined;
        let kept = key === null ? undefined : readDraft(key, checkinDraftSchema);
        // A draft the same as what is saved says nothing new: it goes quietly.
        if (kept !== undefined && sameCheckinDraft(kept.draft, fromServer)) {
          if (key !== null) removeDraft(key);
          kept = undefined;
        }
        // The same as the check-in waiting on this device: that is saved, so it is not offered
        // as an unsaved draft (it stays kept until the day is sent).
        if (kept !== undefined && fromDevice && sameCheckinDraft(kept.draft, fromDevice)) {
          kept = undefined;
        }
        const base = editedVersion({ kept, queued, saved: onDay });
        // A draft that differs wins: what the person typed is never silently replaced.
        const last = kept?.draft ?? fromDevice ?? fromServer;
        // A mood chosen while the day was on its way is the newest answer of all.
        const early = earlyMood.current;
        earlyMood.current = undefined;
        const start =
          early === undefined || early === last.scales.mood
            ? last
            : { ...last, scales: { ...last.scales, mood: early } };
        if (start !== last && key !== null) writeDraft(key, keptCheckinDraft(start, base));
        setDraft(start);
        // Opens for a day with optional answers; never closes what the person opened while a
        // second load (the draft's key arriving) was on its way.
        setMoreOpen((open) => open || hasOptionalAnswers(start));
        // An early mood over a saved day is said, with the way back to what was saved.
        const unsaved = kept !== undefined || (start !== last && (onDay || queued));
        const restored = !unsaved ? "no" : onDay || queued ? "draft-over-saved" : "draft";
        setLoaded({
          state: "ready",
          saved: onDay,
          previous,
          restored,
          offline: keptAt,
          onDevice: queued?.checkin,
          base,
        });
        // Read again (a sync, a conflict settled in the queue): what was asked is out of date.
        setConflict(null);
      },
      (error: unknown) => {
        if (current) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [date, key, accountId]);

  useEffect(() => load(), [load]);

  useEffect(
    () =>
      onDraftFollowed((said) => {
        moves.hear(said);
      }),
    [],
  );

  // Check-ins kept on this device reached the server, or a conflict was settled: the day is read
  // again, so the next save edits the version the server has now.
  useEffect(() => {
    let stop: (() => void) | undefined;
    const reload = () => {
      stop?.();
      stop = load();
    };
    window.addEventListener(SYNCED_EVENT, reload);
    return () => {
      window.removeEventListener(SYNCED_EVENT, reload);
      stop?.();
    };
  }, [load]);

  /**
   * A mood chosen before the day's answers are in. It is shown at once and laid over them when
   * they arrive; it is not written as a draft yet, since that would replace a kept draft's other
   * answers with empty ones.
   */
  function chooseEarly(mood: number) {
    earlyMood.current = mood;
    setDraft((current) => ({ ...current, scales: { ...current.scales, mood } }));
  }

  /** Applies an edit and drops the errors it may have fixed, so no stale warning stays on screen. */
  function change(edit: Partial<CheckinDraft>, path: string) {
    const next = { ...draft, ...edit };
    setDraft(next);
    // "Saved, thank you" is about the answers before this change; a heavy day's or a low day's
    // answer below stays, since it speaks of the day as saved.
    setSaved((current) => (current.kind === "ordinary" ? { kind: "none" } : current));
    // Kept on the device as it is typed, so leaving for help (a full page load) or a reload
    // loses nothing.
    if (key !== null && loaded.state === "ready")
      writeDraft(key, keptCheckinDraft(next, moves.versionNow(key, loaded.base)));
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
    if (first !== undefined) focusAfter(fieldId(first));
  }

  function discardDraft() {
    if (key !== null) removeDraft(key);
    if (loaded.state !== "ready") return;
    // Back to what was last saved: on this device if it waits here, else on the server.
    const last = loaded.onDevice ?? loaded.saved;
    setDraft(last ? draftFromCheckin(last) : emptyDraft());
    setErrors({});
    setConflict(null);
    // The form now stands over what the server gave, seen on screen.
    setLoaded({ ...loaded, restored: "no", base: loaded.saved?.updatedAt ?? null });
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving.running()) return;
    setProblem("");
    setSaved({ kind: "none" });
    const checked = checkDraft(draft);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    if (loaded.state !== "ready") return;
    const base = moves.versionNow(key, loaded.base);
    await saving.run(async () => {
      try {
        // Only over the version the person's words were typed over (docs/API.md, "Versions and
        // conditional saves"): a day saved elsewhere since comes back as a 409, to ask about.
        await savedAs(await api.saveCheckinIf(date, checked.input, base));
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 0 && accountId !== null) {
          await keepOnDevice(accountId, checked.input);
          return;
        }
        if (error instanceof ApiRequestError && error.status === 409) {
          await changedElsewhere(checked.input, error.body);
          return;
        }
        const fields = fieldErrorsOf(error);
        const paths = Object.keys(fields);
        if (paths.length > 0) showErrors(fields);
        // A field this form has no place for gets the server's own words, so nothing goes unsaid.
        const allShown = paths.length > 0 && paths.every(isFormField);
        setProblem(
          allShown ? "Something needs a look before this can be saved." : messageOf(error),
        );
      }
    });
  }

  /** The day is saved as the person's answers: the draft has done its work. */
  async function savedAs(checkin: Checkin) {
    if (key !== null) removeDraft(key);
    setConflict(null);
    const previous = loaded.state === "ready" ? loaded.previous : [];
    setLoaded({
      state: "ready",
      saved: checkin,
      previous,
      restored: "no",
      offline: null,
      onDevice: undefined,
      base: checkin.updatedAt,
    });
    await acknowledge(checkin, previous, false);
  }

  /**
   * The day was saved (or deleted) elsewhere after the person's answers were typed: both are
   * shown, and nothing is written until they choose. When the server already holds these very
   * answers (another tab saved them), there is nothing to choose between.
   */
  async function changedElsewhere(mine: CheckinInput, body: unknown) {
    // The queue's reading of a 409, loaded as the queue itself is: only when it is needed.
    const { outcomeOfFailure, sameAnswers } = await import("../../offline/queue-rules.js");
    const outcome = outcomeOfFailure(409, body, "");
    const theirs = outcome.kind === "conflict" ? (outcome.current ?? undefined) : undefined;
    if (theirs && sameAnswers(mine, theirs)) {
      await savedAs(theirs);
      return;
    }
    setConflict({ mine, theirs });
    focusAfter(CONFLICT_HEADING);
  }

  /** Keeping theirs shows the day as it is now; keeping mine saves over it, as chosen. */
  async function choose(keep: "mine" | "theirs") {
    if (conflict === null || loaded.state !== "ready" || saving.running()) return;
    setProblem("");
    if (keep === "theirs") {
      const { theirs } = conflict;
      if (key !== null) removeDraft(key);
      setConflict(null);
      setDraft(theirs ? draftFromCheckin(theirs) : emptyDraft());
      setErrors({});
      setMoreOpen(
        (open) => open || (theirs !== undefined && hasOptionalAnswers(draftFromCheckin(theirs))),
      );
      setLoaded({
        ...loaded,
        saved: theirs,
        restored: "no",
        base: theirs?.updatedAt ?? null,
      });
      setSaved({ kind: "kept-theirs", deleted: theirs === undefined });
      focusAfter(SAVE_BUTTON);
      return;
    }
    // The answers as they are on screen now, edits made while choosing included.
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setConflict(null);
      showErrors(checked.errors);
      return;
    }
    await saving.run(async () => {
      try {
        await savedAs(await api.saveCheckin(date, checked.input));
        focusAfter(SAVE_BUTTON);
      } catch (error) {
        setProblem(messageOf(error));
      }
    });
  }

  /** Thanks the person, or acknowledges a heavy day or crisis words (checked in the browser). */
  async function acknowledge(checkin: Checkin, previous: Checkin[], onDevice: boolean) {
    const reason = heavyDay(checkin, previous);
    // The crisis card showing by the note is the one panel of help for this save, heavy day or
    // not (docs/SAFETY.md, "One panel"): a heavy day's answer below it said every line again.
    if (crisisCardShown && (await holdsCrisisWords(checkin.note)))
      setSaved({ kind: "crisis-words", card: checkin.updatedAt, onDevice });
    else if (reason !== null) setSaved({ kind: "heavy", reason, checkin, onDevice });
    else if (await holdsCrisisWords(checkin.note))
      setSaved({ kind: "crisis-words", card: null, onDevice });
    else
      setSaved(
        isLowDay(checkin) ? { kind: "low", checkin, onDevice } : { kind: "ordinary", onDevice },
      );
  }

  /**
   * No network: the check-in waits on this device, naming the version of the day the person
   * edited (none when this device saw no check-in), so a change made elsewhere meanwhile is
   * shown rather than overwritten. The draft stays too, until the day is sent.
   */
  async function keepOnDevice(owner: string, input: CheckinInput) {
    if (loaded.state !== "ready") return;
    try {
      const [{ enqueue }, { asCheckin }] = await Promise.all([
        import("../../offline/queue-store.js"),
        import("../../offline/queue-rules.js"),
      ]);
      const item = await enqueue({
        accountId: owner,
        date,
        input,
        base: moves.versionNow(key, loaded.base),
        queuedAt: new Date().toISOString(),
      });
      window.dispatchEvent(new Event(QUEUED_EVENT));
      // Saved on this device: a draft notice saying otherwise would contradict the status.
      const onDevice = asCheckin(item);
      setLoaded({ ...loaded, restored: "no", onDevice });
      await acknowledge(onDevice, loaded.previous, true);
    } catch (error) {
      setProblem(
        `${error instanceof Error && error.name === "DeviceStorageError" ? error.message : "We couldn't reach Reconnect, and this device couldn't keep the check-in for later."} Your answers are still here: try again when you're back online.`,
      );
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
        // Drawn at once. Mood can be chosen while the day's answers are on their way (a tap
        // that did nothing lost a tired person's answer); below it the form is inert until they
        // arrive. The answers can make it far taller (people, the opened optional part), so
        // until then that space is held empty rather than drawn short and pushed down.
        <form className="stack checkin-form" noValidate onSubmit={save}>
          {loaded.state === "ready" && loaded.restored !== "no" ? (
            <DraftNotice
              detail={
                loaded.restored === "draft-over-saved"
                  ? "It is different from what you saved for this day. Press Save to keep the draft, or discard it to go back to what you saved."
                  : "It isn't saved yet: press Save to keep it."
              }
              onDiscard={discardDraft}
            />
          ) : (
            <p className="hint checkin-hint">
              {loaded.state === "loading"
                ? "Getting your answers for this day…"
                : loaded.onDevice
                  ? onDeviceWords()
                  : loaded.offline !== null
                    ? "Reconnect can't be reached just now (you may be offline). You can still check in: it is kept on this device until it can be sent."
                    : loaded.saved
                      ? "You checked in for this day. Change anything you like and save again."
                      : "Only mood is needed. Everything else is optional."}
            </p>
          )}
          <ScaleField
            scaleKey="mood"
            value={draft.scales.mood}
            optional={false}
            error={errors.mood}
            onChange={(mood) =>
              loaded.state === "loading"
                ? chooseEarly(mood)
                : change({ scales: { ...draft.scales, mood } }, "mood")
            }
          />
          {/* One wrapper and one connections section in both states, so the question's words
              drawn with the frame are the very elements shown with the answers: the page's
              largest paint is the frame's, not a redraw after the answers and the files they
              bring (issue 13). While loading, the wrapper holds the room the answers will take. */}
          <div
            className={
              loaded.state === "loading"
                ? "stack checkin-answers checkin-form-pending"
                : "stack checkin-answers"
            }
            inert={loaded.state === "loading"}
            aria-busy={loaded.state === "loading"}
          >
            <ConnectionsField
              pending={loaded.state === "loading"}
              rows={draft.connections}
              errors={errors}
              onChange={(connections) => change({ connections }, "connections")}
            />
            {loaded.state === "loading" ? null : (
              <>
                <MoreAboutToday
                  open={moreOpen}
                  onToggle={setMoreOpen}
                  draft={draft}
                  errors={errors}
                  onChange={change}
                  onCrisisCard={setCrisisCardShown}
                  cardAnswering={saved.kind === "crisis-words" ? saved.card : null}
                />
                <FormProblem message={problem} />
                <button id={SAVE_BUTTON} type="submit" className="primary">
                  {saving.busy ? "Saving…" : "Save"}
                </button>
              </>
            )}
          </div>
        </form>
      ) : null}

      {conflict !== null && loaded.state === "ready" ? (
        <DayConflict
          heading={`${isToday ? "Today" : dayName(date)} was changed somewhere else`}
          headingId={CONFLICT_HEADING}
          explanation={
            conflict.theirs
              ? "While you were writing, this day was saved somewhere else (on another device, or in another tab). Both are shown here, and your own words are kept until you choose the one to keep."
              : "While you were writing, this day was deleted somewhere else. Your own words are kept here: keep them, or leave the day deleted."
          }
          mine={asCheckin(date, mineNow(draft, conflict))}
          mineTitle="Your changes"
          theirs={conflict.theirs}
          keepMine="Keep mine"
          onChoose={(keep) => void choose(keep)}
        />
      ) : null}

      {/* Always in the page, so screen readers are already listening when "Saved" appears. */}
      <p role="status" className="status">
        {statusWords(stillTrue(saved, loaded), isToday)}
      </p>
      {/* The two doors by the saved words, unless the card answering them is open: closed, the
          card takes help with it, and help stays a tap away (a link, never a second panel). */}
      {saved.kind === "crisis-words" && (saved.card === null || !crisisCardShown) ? (
        <CrisisWordsDoors />
      ) : null}
      {saved.kind === "heavy" ? (
        <HeavyDayAnswer key={saved.checkin.updatedAt} checkin={saved.checkin} />
      ) : null}
      {saved.kind === "low" ? (
        <LowDayStep key={saved.checkin.updatedAt} checkin={saved.checkin} />
      ) : null}

      {/* Asked for once the day's answers are in, so its file and its request never compete
          with the form's first paint on a slow connection. */}
      {isToday && loaded.state === "ready" ? (
        <Suspense fallback={null}>
          <CheckupOffer />
        </Suspense>
      ) : null}

      {/* Below everything, so it moves nothing; and not beside words about a heavy day. */}
      {isToday &&
      loaded.state === "ready" &&
      (saved.kind === "none" || saved.kind === "ordinary") ? (
        <Suspense fallback={null}>
          <InstallHint />
        </Suspense>
      ) : null}

      <DayPicker date={date} today={today} />
    </div>
  );
}

/**
 * A check-in kept on this device. With the browser online the server is what did not answer (it
 * stopped, or is restarting): "when you're back online" would tell the person their network failed.
 */
function onDeviceWords(): string {
  return typeof navigator !== "undefined" && navigator.onLine === false
    ? "Saved on this device. It will be sent when you're back online."
    : "Saved on this device. Reconnect couldn't be reached, so it will be sent as soon as it can be.";
}
const SAVE_BUTTON = "checkin-save";
const CONFLICT_HEADING = "checkin-changed-elsewhere";

/** The person's side of a conflict: the form as it is now, or as it was saved when it can't be read. */
function mineNow(draft: CheckinDraft, conflict: Conflict): CheckinInput {
  const checked = checkDraft(draft);
  return checked.ok ? checked.input : conflict.mine;
}

/** Answers shown as a check-in beside the server's version. */
function asCheckin(date: LocalDate, input: CheckinInput): Checkin {
  return { ...input, date, connections: input.connections ?? [], updatedAt: "" };
}

/**
 * What was said on saving, as it stands now. A check-in that waited on this device and has since
 * been sent is simply saved; one the person chose to leave deleted (a conflict) is no longer
 * "saved" at all, so nothing is said.
 */
function stillTrue(saved: Saved, loaded: Loaded): Saved {
  if (!saved.onDevice || loaded.state !== "ready" || loaded.onDevice !== undefined) return saved;
  return loaded.saved === undefined ? { kind: "none" } : { ...saved, onDevice: false };
}

/** A kind ending: a heavy day or a note with crisis words is acknowledged, never thanked cheerily. */
function statusWords(saved: Saved, isToday: boolean): string {
  const words = serverStatusWords(saved, isToday);
  if (!saved.onDevice || words === "") return words;
  return `${onDeviceWords()}${words.replace(/^Saved\. Thank you for checking in\.|^Saved\./, "")}`;
}

function serverStatusWords(saved: Saved, isToday: boolean): string {
  switch (saved.kind) {
    case "none":
      return "";
    // A low day is thanked like any other; the tiny step below it is the answer.
    case "ordinary":
    case "low":
      return "Saved. Thank you for checking in.";
    case "crisis-words":
      return SAVED_WITH_CRISIS_WORDS;
    case "heavy":
      return isToday ? "Saved. Today sounds really heavy." : "Saved. That day sounds really heavy.";
    case "kept-theirs":
      return saved.deleted
        ? "The day is left deleted, as you chose."
        : "Kept the check-in saved elsewhere.";
  }
}

function hasOptionalAnswers(draft: CheckinDraft): boolean {
  return (
    Object.keys(draft.scales).some((key) => key !== "mood") ||
    draft.sleepHours !== "" ||
    draft.note.trim() !== ""
  );
}

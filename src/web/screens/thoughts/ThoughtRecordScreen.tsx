import {
  type FormEvent,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import {
  RECORD_TEXT_MAX_LENGTH,
  type ThoughtRecord,
} from "../../../core/thoughts/thought.schema.js";
import { messageOf } from "../../api/client.js";
import { navigate } from "../../app/router.js";
import { CrisisCardSpot } from "../../components/crisis/CrisisWatch.js";
import {
  CrisisWordsDoors,
  SAVED_WITH_CRISIS_WORDS,
} from "../../components/crisis/CrisisWordsDoors.js";
import { holdsCrisisWords } from "../../components/crisis/crisis-check.js";
import { useCrisisLanguage } from "../../components/crisis/useCrisisLanguage.js";
import { Field } from "../../components/Field.js";
import { FormProblem } from "../../components/FormProblem.js";
import { type FieldErrors, fieldErrorsOf, sentence } from "../../components/field-errors.js";
import { Link } from "../../components/Link.js";
import { describedBy, lengthWords } from "../../components/length-limit.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { DraftNotice } from "../../drafts/DraftNotice.js";
import { DraftOwner, useDraftKey } from "../../drafts/DraftOwner.js";
import { readDraft, removeDraft, writeDraft } from "../../drafts/draft-store.js";
import { openNewDraft } from "../../drafts/new-draft.js";
import { CHANGED_AGAIN, CHANGED_ELSEWHERE_HEADING, ChangedElsewhere } from "./ChangedElsewhere.js";
import { FeelingsField, RerateField } from "./FeelingsField.js";
import { RECORD_SUMMARY_HEADING, RecordSummary } from "./RecordSummary.js";
import {
  byFeelingRow,
  checkRecordDraft,
  draftFromRecord,
  emptyRecordDraft,
  NEW_RECORD,
  NEXT_STEP_DRAFT,
  newRecordDraft,
  type RecordDraft,
  recordDraftSchema,
  sameRecordDraft,
  storedRecordDraft,
  THOUGHT_DRAFT,
} from "./record-draft.js";
import { AllTraps, TrapSuggestions, useTrapSuggestions } from "./TrapSuggestions.js";
import { conflictOf, thoughtsApi } from "./thoughts-api.js";

const STEPS = [
  "What happened?",
  "What went through your mind?",
  "How did it make you feel?",
  "Looking at the evidence",
  "A kinder, more balanced view",
] as const;

/** Which step shows the field an error path names, so saving can take the person to it. */
function stepOf(path: string): number {
  if (path.startsWith("situation")) return 0;
  if (path.startsWith("thought") || path.startsWith("keptTraps")) return 1;
  if (path.startsWith("feelings") && path.endsWith(".after")) return 4;
  if (path.startsWith("feelings")) return 2;
  if (path.startsWith("evidence")) return 3;
  if (path.startsWith("balancedThought")) return 4;
  return 1;
}

/** The control to focus for an error path. */
function controlIdOf(path: string): string {
  const feeling = /^feelings\.(\d+)\.(name|before|after)$/.exec(path);
  if (feeling) return `feeling-${feeling[1]}-${feeling[2]}`;
  return `record-${path.split(".")[0] ?? path}`;
}

type TextKey = "situation" | "thought" | "evidenceFor" | "evidenceAgainst" | "balancedThought";

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  /** `restored`: the form opened on a draft kept on this device, and what it stands beside. */
  | { state: "ready"; restored: "no" | "draft" | "draft-over-saved" };

/**
 * The heading of the step shown. Focus goes here when the step changes to one with no box to
 * write in (the feelings, chosen by taps), and it is read with the box where focus goes otherwise.
 */
const STEP_HEADING = "record-step-heading";

/**
 * The box each step is written in, where focus goes when the person moves to that step: on the
 * heading, words typed straight after "Next" went nowhere and were lost. The step's heading is
 * read with the box (its description), so a screen reader still says which step this is. The
 * feelings step starts with feeling words to tap and has no box until one is added: its heading
 * takes focus. Of the evidence step's two boxes, the first, where the writing starts.
 */
const STEP_BOX: readonly (TextKey | null)[] = [
  "situation",
  "thought",
  null,
  "evidenceFor",
  "balancedThought",
];
/** The question before deleting, and the button that asks it, where focus goes as each appears. */
const DELETE_QUESTION = "record-delete-question";
const DELETE_BUTTON = "record-delete";
/** "Undo" after the person's words were let go on the changed-elsewhere choice. */
const UNDO_LET_GO = "record-undo-let-go";

/**
 * Words let go by a choice on the changed-elsewhere panel, kept on the screen so a wrong tap can
 * be undone: the choice comes back as it was, with the words and the version they were typed over.
 */
interface LetGo {
  mine: RecordDraft;
  step: number;
  base: string | undefined;
  conflict: Conflict;
}

/**
 * A save refused because the record changed elsewhere: what it says now (null: deleted there),
 * and whether it was the person's "Keep my words" that was refused, the record having changed
 * once more while they chose.
 */
interface Conflict {
  current: ThoughtRecord | null;
  again: boolean;
}

interface ThoughtRecordScreenProps {
  /** The record to open, or null for a new one. */
  id: string | null;
  /** Called once a new record is first saved, with the id it was given. */
  onCreated: (id: string) => void;
}

export function ThoughtRecordScreen({ id, onCreated }: ThoughtRecordScreenProps) {
  // The id the screen started with decides what it loads; later changes of the prop are this
  // screen's own doing (a new record getting its address).
  const [recordId, setRecordId] = useState<string | null>(id);
  const owner = useContext(DraftOwner);
  // A new record's own draft, chosen as the screen opens (see new-draft.ts): each tab writing a
  // new record has its own, so two tabs never write over each other's words.
  const [newItem, setNewItem] = useState<string | null>(null);
  const keyItem = recordId ?? newItem;
  const itemKey = useDraftKey(THOUGHT_DRAFT, keyItem ?? NEW_RECORD);
  // Nothing is kept for a new record until its draft is chosen.
  const key = keyItem === null ? null : itemKey;
  // A next small step being typed on this record's summary is kept under the record's id.
  const nextStepKey = useDraftKey(NEXT_STEP_DRAFT, recordId ?? NEW_RECORD);
  // A new record waits (a moment) for its draft to be chosen, unless nobody's words are kept.
  const [loaded, setLoaded] = useState<Loaded>(
    id === null && owner === null ? { state: "ready", restored: "no" } : { state: "loading" },
  );
  const [draft, setDraft] = useState<RecordDraft>(emptyRecordDraft);
  // The draft as it reads now, for a save that ends after the person has typed on: on a slow
  // connection the words added meanwhile are not in what was sent.
  const latest = useRef(draft);
  const [step, setStep] = useState(0);
  // A saved record reopens on one page; its steps are for writing, not for reading again.
  const [mode, setMode] = useState<"summary" | "steps">(id === null ? "steps" : "summary");
  // What the server holds for this record, so discarding a draft goes back to it.
  const fromServer = useRef<RecordDraft>(emptyRecordDraft());
  // The version of the record the words on screen were typed over (kept with the draft), so a
  // save is refused rather than written over a change made on another device meanwhile.
  const base = useRef<string | undefined>(undefined);
  // The version `fromServer` holds: discarding a draft typed over an older one goes back to it.
  const fromServerVersion = useRef<string | undefined>(undefined);
  // A save refused because the record changed elsewhere: what it says now (null: deleted there).
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // Until the person writes again, saves or leaves, a choice that let their words go can be undone.
  const [letGo, setLetGo] = useState<LetGo | null>(null);
  // Set by the person's own edits, so loading a record never writes a draft of it.
  const touched = useRef(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [status, setStatus] = useState("");
  // Saved words that hold crisis words are answered with two doors to help, not a cheerful thanks.
  const [savedCrisisWords, setSavedCrisisWords] = useState(false);
  // Finished on this visit, so an open crisis card stays with the record; a record opened to be
  // read again is not watched as it is read, and nothing slides in above it.
  const [finishedHere, setFinishedHere] = useState(false);
  // A second tap on Save while the first is on its way sends nothing more.
  const saving = useOneAtATime();
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Said beside the question: a saved record is read on one page, outside the form and its problem.
  const [deleteProblem, setDeleteProblem] = useState("");
  // A delete refused because the record changed elsewhere: nothing the person did wrong, so said
  // calmly beside the question rather than as a problem.
  const [deleteRefused, setDeleteRefused] = useState(false);
  // Focus waits for the render that shows the step (and the error in it).
  const focusAfter = useFocusAfterRender();
  const suggestions = useTrapSuggestions(draft.thought);
  const crisis = useCrisisLanguage(...writtenWords(draft));

  const startId = useRef(id);
  // The record's draft key as the screen opened; later keys are this screen's own doing.
  const startKey = useRef(key);
  const load = useCallback(() => {
    const wanted = startId.current;
    if (wanted === null) return () => undefined;
    let current = true;
    setLoaded({ state: "loading" });
    thoughtsApi.get(wanted).then(
      (record) => {
        if (!current) return;
        const saved = draftFromRecord(record);
        fromServer.current = saved;
        fromServerVersion.current = record.updatedAt;
        const savedKey = startKey.current;
        let kept = savedKey === null ? undefined : readDraft(savedKey, recordDraftSchema);
        // A draft the same as what is saved says nothing new: it goes quietly.
        if (kept !== undefined && sameRecordDraft(kept.draft, saved)) {
          if (savedKey !== null) removeDraft(savedKey);
          kept = undefined;
        }
        // A draft that differs wins: what the person typed is never silently replaced. It is
        // saved over the version it was typed on; a draft kept before versions were is not told
        // apart from the record as it is now, as before.
        base.current = kept?.base ?? record.updatedAt;
        setDraft(kept?.draft ?? saved);
        if (kept) {
          setStep(Math.min(kept.step, STEPS.length - 1));
          setMode("steps");
        }
        setLoaded({ state: "ready", restored: kept ? "draft-over-saved" : "no" });
      },
      (error: unknown) => {
        if (current) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, []);
  useEffect(() => load(), [load]);

  // A new record goes on with this tab's own draft after a reload, or one that a closed tab left
  // (nobody is writing it any more), or starts afresh. Words another open tab is writing are
  // left to it. The draft is held for as long as this screen is open.
  useEffect(() => {
    if (startId.current !== null || owner === null) return;
    let open = true;
    let release = (): void => undefined;
    void openNewDraft(
      THOUGHT_DRAFT,
      owner,
      (item) => newRecordDraft(owner, item) !== undefined,
    ).then((chosen) => {
      release = chosen.release;
      if (!open) {
        release();
        return;
      }
      const kept = chosen.kept ? newRecordDraft(owner, chosen.item) : undefined;
      setNewItem(chosen.item);
      if (kept) {
        setDraft(kept.draft);
        setStep(Math.min(kept.step, STEPS.length - 1));
      }
      setLoaded({ state: "ready", restored: kept ? "draft" : "no" });
    });
    return () => {
      open = false;
      release();
    };
  }, [owner]);

  // Kept on the device as it is typed, with the step it is on, so leaving for help (a full page
  // load) or a reload loses nothing. A layout effect, because Preact runs plain effects only
  // after the next paint: a tap on "Get help now" straight after typing would leave first.
  useLayoutEffect(() => {
    latest.current = draft;
    if (touched.current && key !== null) {
      writeDraft(key, storedRecordDraft(draft, step, base.current));
    }
  }, [draft, step, key]);

  function change(edit: Partial<RecordDraft>, path: string) {
    touched.current = true;
    setLetGo(null);
    setDraft((current) => ({ ...current, ...edit }));
    setStatus("");
    setSavedCrisisWords(false);
    setErrors((current) => {
      const kept = Object.entries(current).filter(([key]) => !key.startsWith(path));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }

  function goTo(next: number) {
    setStep(next);
    setProblem("");
    const box = STEP_BOX[next];
    focusAfter(...(box ? [`record-${box}`] : []), STEP_HEADING);
  }

  function showErrors(found: FieldErrors) {
    setErrors(found);
    const paths = Object.keys(found).sort((a, b) => stepOf(a) - stepOf(b));
    const first = paths[0];
    if (first === undefined) return;
    setStep(stepOf(first));
    focusAfter(controlIdOf(first));
  }

  /**
   * `keep`: the person chose their own words over a record changed elsewhere ("mine": written
   * over the version they were shown, so a third change made meanwhile is shown in its turn
   * rather than overwritten unseen) or deleted there ("as-new": saved as a new record).
   */
  async function save(keep?: "mine" | "as-new") {
    if (saving.running()) return;
    setProblem("");
    setStatus("");
    setSavedCrisisWords(false);
    const checked = checkRecordDraft(draft);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    await saving.run(async () => {
      const asNew = recordId === null || keep === "as-new";
      try {
        if (asNew) {
          const created = await thoughtsApi.create(checked.input);
          base.current = created.updatedAt;
          // The deleted record's draft is done with: the words now live under the new record.
          if (recordId !== null && key !== null) removeDraft(key);
          // Before the record takes its own name, and with it its own draft key: the render that
          // follows writes a draft under that key only for words typed while the save was on its
          // way. Left for later, it kept a copy of the saved words there, which signing out
          // counted as unsaved.
          touched.current = !sameRecordDraft(latest.current, draft);
          setRecordId(created.id);
          onCreated(created.id);
        } else {
          const saved = await thoughtsApi.update(
            recordId,
            checked.input,
            keep === "mine" ? (conflict?.current?.updatedAt ?? base.current) : base.current,
          );
          base.current = saved.updatedAt;
        }
        setConflict(null);
        setLetGo(null);
        // Checked before what was typed meanwhile is weighed below, so no word written during
        // this wait is taken for saved.
        const crisisWords = await holdsCrisisWords(writtenWords(draft).join("\n"));
        fromServer.current = draft;
        fromServerVersion.current = base.current;
        setLoaded({ state: "ready", restored: "no" });
        // Words typed while the save was on its way are not in it: they stay kept on the device
        // (under the record's own name once it has one), and the person hears they need a save.
        const typedOn = !sameRecordDraft(latest.current, draft);
        // Saved: the draft has done its work, and is kept again only from the next edit.
        touched.current = typedOn;
        // A new record's draft moves to the record's own name as it gets one; a saved record's
        // draft already holds the newer words.
        if (key !== null && (!typedOn || asNew)) removeDraft(key);
        setSavedCrisisWords(crisisWords);
        setStatus(
          typedOn
            ? "Saved, all but what you wrote while it was saving. Press Save again to keep that too."
            : crisisWords
              ? SAVED_WITH_CRISIS_WORDS
              : step === STEPS.length - 1
                ? "Saved. Well done for taking the time to look at this thought."
                : "Saved. You can come back and finish this any time.",
        );
        // Finished: the record as a whole, with the step its balanced thought points to.
        if (step === STEPS.length - 1 && !typedOn) {
          setMode("summary");
          setFinishedHere(true);
          focusAfter(RECORD_SUMMARY_HEADING);
        } else if (keep !== undefined) {
          // The choice that was pressed goes with its panel: focus goes on to the step, not the page.
          focusAfter(STEP_HEADING);
        }
      } catch (error) {
        const changed = conflictOf(error);
        if (changed) {
          // Nothing was written and the draft stays on the device: both versions are shown and
          // the person chooses. Refused again while choosing, the new sentence is what is said.
          const again = keep === "mine";
          setConflict({ current: changed.current, again });
          focusAfter(again ? CHANGED_AGAIN : CHANGED_ELSEWHERE_HEADING);
          return;
        }
        const fields = fieldErrorsOf(error);
        if (Object.keys(fields).length > 0) showErrors(byFeelingRow(draft, fields));
        setProblem(messageOf(error));
      }
    });
  }

  async function remove() {
    if (recordId === null) return;
    setDeleteProblem("");
    setDeleteRefused(false);
    try {
      // Only the version the person last saw: a change made elsewhere since is shown, not erased.
      await thoughtsApi.remove(recordId, fromServerVersion.current);
      touched.current = false;
      if (key !== null) removeDraft(key);
      // Its next step goes with it: there is no record left to bring it back to.
      if (nextStepKey !== null) removeDraft(nextStepKey);
      navigate("/thoughts");
    } catch (error) {
      const changed = conflictOf(error);
      if (changed?.current === null) {
        // Already deleted elsewhere: what the person asked for is done.
        touched.current = false;
        if (key !== null) removeDraft(key);
        if (nextStepKey !== null) removeDraft(nextStepKey);
        navigate("/thoughts");
        return;
      }
      if (changed?.current) {
        const saved = draftFromRecord(changed.current);
        fromServer.current = saved;
        fromServerVersion.current = changed.current.updatedAt;
        // Words typed here stay as they are; otherwise the newer version is what is shown.
        if (!touched.current) {
          base.current = changed.current.updatedAt;
          setDraft(saved);
        }
        setDeleteRefused(true);
        // Up to the newer words, off "Delete for good": a second press of Enter would otherwise
        // delete them unseen. The question stays open below for when the person has looked.
        if (mode === "summary") focusAfter(RECORD_SUMMARY_HEADING);
        return;
      }
      setDeleteProblem(messageOf(error));
    }
  }

  /** Puts back the words a choice let go, and the choice with them, as they were. */
  function undoLetGo() {
    if (!letGo) return;
    touched.current = true;
    base.current = letGo.base;
    if (key !== null) writeDraft(key, storedRecordDraft(letGo.mine, letGo.step, letGo.base));
    setDraft(letGo.mine);
    setStep(letGo.step);
    setMode("steps");
    setStatus("");
    setConflict(letGo.conflict);
    setLetGo(null);
    focusAfter(CHANGED_ELSEWHERE_HEADING);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step < STEPS.length - 1) goTo(step + 1);
    else void save();
  }

  const textError = (path: string, label: string) => {
    const message = errors[path];
    return message ? sentence(label, message) : undefined;
  };

  const textArea = (path: TextKey, label: string, hint?: string) => {
    const limit = { value: draft[path], max: RECORD_TEXT_MAX_LENGTH, holder: "this box" };
    const length = lengthWords(limit);
    return (
      <Field
        id={`record-${path}`}
        label={label}
        // Near the limit, the room left (or, at it, that a paste was cut there) is heard first,
        // in place of the step's hint, which is read before it otherwise.
        hint={length.room === undefined && length.full === undefined ? hint : undefined}
        error={textError(path, label)}
        limit={limit}
      >
        {(control) => (
          <textarea
            dir="auto"
            className="grows"
            {...control}
            aria-describedby={stepDescribed(step, path, control["aria-describedby"])}
            rows={4}
            value={draft[path]}
            onChange={(event) => change({ [path]: event.target.value }, path)}
          />
        )}
      </Field>
    );
  };

  const last = step === STEPS.length - 1;
  // The record was deleted elsewhere and the person let their words go: nothing is left to show.
  const gone = letGo !== null && letGo.conflict.current === null;
  // Always present, so a screen reader is already listening when the card appears. Right under
  // the thought on its step, above the fourteen traps: lower down it appeared off the screen,
  // and the person writing never saw it. `shown` false keeps the place, and with it the word on
  // whether the check has answered, with no card in it.
  const crisisRegion = (shown: boolean) => (
    <CrisisCardSpot show={shown && crisis.show} checked={crisis.checked} onClose={crisis.dismiss} />
  );
  return (
    <div className="screen">
      <ScreenHeading title="Thought record">
        {recordId === null ? "Untangle a thought" : "Your thought record"}
      </ScreenHeading>
      <p className="date-line">
        <Link href="/thoughts">Back to your thoughts</Link>
      </p>

      {/* A new record's draft is chosen in a moment, with nothing to fetch: no word for that. */}
      {loaded.state === "loading" && recordId !== null ? <p>Getting your thought record…</p> : null}
      {loaded.state === "failed" ? (
        <div role="alert" className="form-error">
          <p>{loaded.message}</p>
          <button type="button" className="secondary" onClick={() => load()}>
            Try again
          </button>
        </div>
      ) : null}

      {/* Not while the words are let go: the draft is gone from the device until "Undo". Nor
          beside the changed-elsewhere choice, whose two answers already keep or let go the draft. */}
      {loaded.state === "ready" &&
      loaded.restored !== "no" &&
      letGo === null &&
      conflict === null ? (
        <DraftNotice
          detail={
            loaded.restored === "draft-over-saved"
              ? "It is different from what you saved. Save to keep the draft, or discard it to go back to what you saved."
              : "It isn't saved yet: press Save for now to keep it."
          }
          onDiscard={() => {
            touched.current = false;
            if (key !== null) removeDraft(key);
            setDraft(fromServer.current);
            base.current = fromServerVersion.current;
            setStep(0);
            setErrors({});
            setLoaded({ state: "ready", restored: "no" });
          }}
        />
      ) : null}

      {conflict && loaded.state === "ready" ? (
        <ChangedElsewhere
          mine={draft}
          theirs={conflict.current}
          again={conflict.again}
          busy={saving.busy}
          onKeepMine={() => void save(conflict.current ? "mine" : "as-new")}
          onKeepTheirs={() => {
            touched.current = false;
            if (key !== null) removeDraft(key);
            setConflict(null);
            setLetGo({ mine: draft, step, base: base.current, conflict });
            const theirs = conflict.current;
            if (theirs === null) {
              // The screen stays, holding only the way back, so a wrong tap can be undone.
              setStatus("");
              focusAfter(UNDO_LET_GO);
              return;
            }
            const saved = draftFromRecord(theirs);
            fromServer.current = saved;
            fromServerVersion.current = theirs.updatedAt;
            base.current = theirs.updatedAt;
            setDraft(saved);
            setErrors({});
            setProblem("");
            setLoaded({ state: "ready", restored: "no" });
            setMode("summary");
            setStatus("");
            focusAfter(UNDO_LET_GO);
          }}
        />
      ) : null}

      {/* Always in the page, so a screen reader hears the words were let go, and how to undo it. */}
      <div aria-live="polite" className="plan-undo">
        {letGo ? (
          <p>
            {letGo.conflict.current
              ? "You're now seeing the version saved elsewhere. Your words from this device were let go."
              : "Your words from this device were let go."}{" "}
            <button id={UNDO_LET_GO} type="button" className="secondary" onClick={undoLetGo}>
              Undo
            </button>
          </p>
        ) : null}
      </div>

      {loaded.state === "ready" && mode === "summary" && recordId !== null && !gone ? (
        <RecordSummary
          record={draft}
          recordId={recordId}
          // Saving is not closing the card: it stays with the record finished on this visit.
          underHeading={crisisRegion(finishedHere)}
          onEdit={() => {
            setMode("steps");
            setStatus("");
            setSavedCrisisWords(false);
            goTo(0);
          }}
        />
      ) : null}

      {loaded.state === "ready" && mode === "steps" && !gone ? (
        <form className="stack thought-form" noValidate onSubmit={submit}>
          <p className="step-count">
            Step {step + 1} of {STEPS.length}
          </p>
          <h2 id={STEP_HEADING} tabIndex={-1} className="step-heading">
            {STEPS[step]}
          </h2>

          {step === 0
            ? textArea(
                "situation",
                "What happened? (optional)",
                "Where were you, who was there, what was going on? A few words is plenty.",
              )
            : null}
          {step === 1 ? (
            <>
              {textArea(
                "thought",
                "The thought",
                "Write it just as it came to you. This is the one part needed to save.",
              )}
              {crisisRegion(true)}
              <TrapSuggestions
                thought={draft.thought}
                suggestions={suggestions}
                kept={draft.keptTraps}
                onKeptChange={(keptTraps) => change({ keptTraps }, "keptTraps")}
                setAside={draft.setAsideTraps}
                onSetAside={(id) =>
                  change(
                    {
                      keptTraps: draft.keptTraps.filter((k) => k !== id),
                      setAsideTraps: [...draft.setAsideTraps.filter((k) => k !== id), id],
                    },
                    "keptTraps",
                  )
                }
                onSetAsideAll={(ids) =>
                  change(
                    {
                      keptTraps: draft.keptTraps.filter((k) => !ids.includes(k)),
                      setAsideTraps: [
                        ...draft.setAsideTraps.filter((k) => !ids.includes(k)),
                        ...ids,
                      ],
                    },
                    "keptTraps",
                  )
                }
              />
              <AllTraps
                kept={draft.keptTraps}
                onKeptChange={(keptTraps) => change({ keptTraps }, "keptTraps")}
              />
              {draft.keptTraps.includes("burden") ? (
                <p>
                  <Link href="/learn/feeling-like-a-burden">
                    Read a short lesson on the thought "I'm a burden"
                  </Link>
                </p>
              ) : null}
            </>
          ) : null}
          {step === 2 ? (
            <FeelingsField
              feelings={draft.feelings}
              errors={errors}
              onChange={(feelings) => change({ feelings }, "feelings")}
            />
          ) : null}
          {step === 3 ? (
            <>
              {textArea(
                "evidenceFor",
                "What makes the thought seem true? (optional)",
                "Facts, not feelings: things that happened that anyone could see.",
              )}
              {textArea(
                "evidenceAgainst",
                "What doesn't fit the thought? (optional)",
                "Anything that points the other way, even something small.",
              )}
            </>
          ) : null}
          {step === 4 ? (
            <>
              {textArea(
                "balancedThought",
                "A more balanced thought (optional)",
                "Something fair and true that takes in both sides, the way a kind friend might put it.",
              )}
              <h3>Your feelings now</h3>
              <RerateField
                feelings={draft.feelings}
                errors={errors}
                onChange={(feelings) => change({ feelings }, "feelings")}
              />
            </>
          ) : null}

          {step === 1 ? null : crisisRegion(true)}

          <FormProblem message={problem} />

          <div className="step-actions">
            {step > 0 ? (
              <button type="button" className="secondary" onClick={() => goTo(step - 1)}>
                Back
              </button>
            ) : null}
            <button
              type="button"
              className={last ? "primary" : "secondary"}
              onClick={() => void save()}
            >
              {saving.busy ? "Saving…" : last ? "Save" : "Save for now"}
            </button>
            {last ? null : (
              <button type="submit" className="primary">
                Next
              </button>
            )}
          </div>
        </form>
      ) : null}

      {/* Always in the page, so screen readers are already listening when "Saved" appears. */}
      <p role="status" className="status">
        {status}
      </p>
      {savedCrisisWords ? <CrisisWordsDoors /> : null}

      {recordId !== null && loaded.state === "ready" && !gone ? (
        <div className="danger-zone">
          {/* Each button here takes itself away: focus goes to what takes its place, or the
              keyboard fell to the page body and a screen reader never heard the question. */}
          {confirmDelete ? (
            <div>
              <p id={DELETE_QUESTION} tabIndex={-1}>
                Delete this thought record for good? It can't be brought back.
              </p>
              {/* In the page before the answer, so a screen reader hears the notice as it comes. */}
              <div role="status">
                {deleteRefused ? (
                  <p className="record-notice">
                    This record was changed on another device since you opened it, so it wasn't
                    deleted. The newer version is shown now: have a look, and delete it if you still
                    want to.
                  </p>
                ) : null}
              </div>
              <FormProblem message={deleteProblem} />
              <div className="step-actions">
                <button type="button" className="secondary" onClick={() => void remove()}>
                  Delete for good
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setConfirmDelete(false);
                    setDeleteProblem("");
                    setDeleteRefused(false);
                    focusAfter(DELETE_BUTTON);
                  }}
                >
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <button
              id={DELETE_BUTTON}
              type="button"
              className="link-button"
              onClick={() => {
                setConfirmDelete(true);
                focusAfter(DELETE_QUESTION);
              }}
            >
              Delete this record
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The step's own box is read with the step's heading, since focus lands there and not on the
 * heading. The heading comes first, before the step's hint; a problem or the room left near the
 * limit is what the person needs to hear first, so then the heading comes after it.
 */
function stepDescribed(step: number, path: TextKey, ids: string | undefined): string | undefined {
  if (STEP_BOX[step] !== path) return ids;
  const onlyHint = ids === undefined || ids === `record-${path}-hint`;
  return onlyHint ? describedBy(STEP_HEADING, ids) : describedBy(ids, STEP_HEADING);
}

/** Every text a person writes in a record, where crisis words are looked for. */
function writtenWords(draft: RecordDraft): string[] {
  return [
    draft.situation,
    draft.thought,
    ...draft.feelings.map((f) => f.name),
    draft.evidenceFor,
    draft.evidenceAgainst,
    draft.balancedThought,
  ];
}

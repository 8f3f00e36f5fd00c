import { type FormEvent, useContext, useEffect, useRef, useState } from "react";
import {
  type SafetyPlan,
  type SafetyPlanInput,
  type SafetyPlanStep,
  safetyPlanSteps,
} from "../../../core/safety-plan/safety-plan.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { conflictingPlanOf, safetyApi } from "../../api/safety.js";
import { useCrisisPageHref } from "../../components/crisis/crisis-page-href.js";
import { FormProblem } from "../../components/FormProblem.js";
import { type FieldErrors, fieldErrorsOf } from "../../components/field-errors.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { DraftOwner } from "../../drafts/DraftOwner.js";
import { forgetPlanDraft, type PlanTexts, readPlanDraft, writePlanDraft } from "./device-draft.js";
import { PlanView } from "./PlanView.js";
import { PrintedPlan, savedOn } from "./PrintedPlan.js";
import {
  type Entry,
  entryId,
  inputOf,
  keptTogether,
  type Lists,
  listsOf,
  overLimit,
  type Removed,
  sendableOf,
  snapshot,
  snapshotOf,
  typedOf,
  undoId,
} from "./plan-lists.js";
import { keptMessage, type Saving, SavingNotice, SavingStatus } from "./SavingStatus.js";
import { StepEditor } from "./StepEditor.js";
import { stepCopy } from "./steps.js";

/** How long typing must pause before the plan is saved: long enough not to save every letter. */
const AUTOSAVE_MS = 800;

/**
 * How many times one save is sent again over a plan changed elsewhere meanwhile: each time the
 * changes are kept together first, so only a plan being changed elsewhere nonstop runs out.
 */
const CONFLICT_TRIES = 3;

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; savedAt: string | null };

const EDIT_ID = "plan-edit";

/** A plan with nothing in any step. */
function emptyLines(): PlanTexts {
  return Object.fromEntries(safetyPlanSteps.map((step) => [step, [] as string[]])) as PlanTexts;
}

/**
 * The Stanley–Brown safety plan: seven short lists in the person's own words. Deliberately not
 * checked for crisis language: naming the darkest thoughts is what the plan is for.
 *
 * Once a plan exists it opens as a calm page to read, its phone numbers ready to call or text,
 * with "Edit" beside it. While editing, every change is kept on the device at once and saved a
 * moment after typing pauses, so leaving by "Get help now", closing the tab or losing the
 * connection never loses a word: a change not yet saved comes back on the next visit.
 */
export function SafetyPlanScreen() {
  const owner = useContext(DraftOwner);
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [lists, setLists] = useState<Lists | null>(null);
  const [editing, setEditing] = useState(true);
  const crisisPage = useCrisisPageHref();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [saving, setSaving] = useState<Saving>({ state: "quiet" });
  const [sending, setSending] = useState(false);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const focusAfter = useFocusAfterRender();

  // The autosave runs from timers, so it reads the latest plan and who is signed in from refs.
  const latest = useRef<Lists | null>(null);
  const userId = useRef<string | null>(null);
  // The plan as the server holds it, and as one string to compare with.
  const savedPlan = useRef<SafetyPlanInput | null>(null);
  const savedAs = useRef("");
  const inFlight = useRef(false);
  const again = useRef(false);
  const onDevice = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  // The saved plan's version the lists on screen were typed over: every save names it, so a plan
  // changed on another device meanwhile is refused rather than overwritten (then kept together).
  const base = useRef<string | null>(null);

  function forgetDraft() {
    if (userId.current) forgetPlanDraft(userId.current);
    onDevice.current = false;
  }

  function serverHolds(plan: SafetyPlanInput) {
    savedPlan.current = plan;
    savedAs.current = snapshotOf(plan);
  }

  /**
   * Keeps `lists` on the device over the saved version the screen holds, with that version's
   * lines: a plan changed elsewhere before it is sent is then merged three ways, after a reload
   * too, so a line removed here stays removed.
   */
  function keepOnDevice(lists: Lists) {
    if (!userId.current) return;
    // Only ever empty before the plan has loaded, when there are no lists to keep yet.
    const over = savedPlan.current ?? emptyLines();
    onDevice.current = writePlanDraft(userId.current, typedOf(lists), base.current, over);
  }

  /**
   * The plan was changed somewhere else since `base`: `current` is merged three ways into what was
   * sent and into the lists on screen (typing since included), over the lines of the version both
   * were typed over (`keptTogether`), kept on the device, and the person told. Answers the lists to
   * send next, over `current`'s version.
   */
  function keepBoth(sent: Lists, current: SafetyPlan | null): Lists {
    base.current = current?.updatedAt ?? null;
    if (current === null) return sent;
    // What the server held when these lists were typed, before it is replaced by `current`.
    const typedOver = savedPlan.current;
    serverHolds(inputOf(listsOf(current)));
    const merged = keptTogether(sent, current, typedOver);
    const shown = latest.current && latest.current !== sent ? latest.current : null;
    latest.current = shown ? keptTogether(shown, current, typedOver) : merged;
    setLists(latest.current);
    keepOnDevice(latest.current);
    setSaving({ state: "restored", merged: true });
    return merged;
  }

  /**
   * Saves what the server can take of `lists` (`sendableOf`: a step over the limit stays as it
   * is saved) over the version last seen. Answers the lists the save was made from, with any
   * plan changed elsewhere kept together in them, and the plan saved (null when nothing was
   * left to send: only a step over the limit differs).
   */
  async function send(
    lists: Lists,
  ): Promise<{ sent: Lists; saved: SafetyPlan | null; merged: boolean }> {
    let sent = lists;
    for (let tries = 1; ; tries += 1) {
      const input = sendableOf(sent, savedPlan.current ?? inputOf(sent));
      if (base.current !== null && snapshotOf(input) === savedAs.current) {
        return { sent, saved: null, merged: sent !== lists };
      }
      try {
        const saved = await safetyApi.saveSafetyPlan(input, base.current);
        base.current = saved.updatedAt;
        serverHolds(inputOf(listsOf(saved)));
        return { sent, saved, merged: sent !== lists };
      } catch (error) {
        const current = conflictingPlanOf(error);
        if (current === undefined) throw error;
        if (tries >= CONFLICT_TRIES) {
          keepBoth(sent, current);
          throw new ApiRequestError(
            409,
            "safety-plan-conflict",
            "Your plan is being changed somewhere else just now. Everything you wrote is still here.",
          );
        }
        sent = keepBoth(sent, current);
      }
    }
  }

  /**
   * The lines still waiting for the person's choice stay on the device over the version just
   * saved, so opening the plan again brings them back as they are, not as a change elsewhere.
   */
  function keepWaiting() {
    if (latest.current) keepOnDevice(latest.current);
  }

  /** The status once a save is in: "Saved", or what still waits for the person's choice. */
  function savedStatus(sent: Lists) {
    const over = overLimit(sent);
    if (over.length > 0) {
      keepWaiting();
      setSaving({ state: "over", steps: over });
      return;
    }
    if (latest.current && snapshot(latest.current) === snapshot(sent)) {
      forgetDraft();
      // A draft brought back keeps saying so once it is saved, rather than vanishing into "Saved".
      setSaving((now) =>
        now.state === "restored"
          ? { state: "saved", restored: true, merged: now.merged }
          : { state: "saved" },
      );
    }
  }

  async function autosave(): Promise<void> {
    timer.current = undefined;
    const current = latest.current;
    if (!current) return;
    if (snapshot(current) === savedAs.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    let failed = false;
    try {
      const { sent, saved } = await send(current);
      if (saved) setLoaded({ state: "ready", savedAt: saved.updatedAt });
      setErrors({});
      setProblem("");
      savedStatus(sent);
    } catch (error) {
      failed = true;
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        setSaving({ state: "refused" });
      } else {
        setSaving({ state: "kept", onDevice: onDevice.current, message: keptMessage(error) });
      }
    } finally {
      inFlight.current = false;
    }
    // Changes made while this save was on its way go next; a failure waits for the next change
    // or "Try again", rather than asking a server that is not answering over and over.
    if (again.current && !failed) {
      again.current = false;
      schedule();
    }
  }

  function schedule(delay = AUTOSAVE_MS) {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saver.current.autosave(), delay);
  }

  // The load and the timers were set up by an earlier render; they reach this render's functions
  // through here, which read everything else from refs.
  const saver = useRef({ autosave, schedule, forgetDraft });
  saver.current = { autosave, schedule, forgetDraft };

  useEffect(() => {
    let live = true;
    safetyApi.safetyPlan().then(
      (plan) => {
        if (!live) return;
        // The device draft is named after the person signed in (known to the app already), and
        // is read and written only from here on, once the plan it was typed over is known.
        userId.current = owner;
        base.current = plan.updatedAt;
        const fromServer = listsOf(plan);
        serverHolds(inputOf(fromServer));
        const draft = owner ? readPlanDraft(owner) : null;
        // A draft typed over an older version than the one saved now (the plan was changed on
        // another device since) keeps what was saved too, rather than being sent over it.
        const elsewhere = draft !== null && draft.base !== plan.updatedAt;
        const typed = draft ? listsOf(draft.steps) : null;
        const restored = typed && elsewhere ? keptTogether(typed, plan, draft.baseSteps) : typed;
        if (restored && snapshot(restored) !== savedAs.current) {
          latest.current = restored;
          keepOnDevice(restored);
          setLists(restored);
          setEditing(true);
          setSaving({ state: "restored", merged: elsewhere });
          saver.current.schedule(0);
        } else {
          if (draft) saver.current.forgetDraft();
          latest.current = fromServer;
          setLists(fromServer);
          // A plan with nothing in it has nothing to read yet: it opens ready to write.
          setEditing(safetyPlanSteps.every((step) => plan[step].length === 0) || !plan.updatedAt);
        }
        setLoaded({ state: "ready", savedAt: plan.updatedAt });
      },
      (error: unknown) => {
        if (live) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      live = false;
      // Leaving inside the app with a save still waiting: send it now. The device draft stays
      // until the save succeeds, so a failure here loses nothing either.
      if (timer.current !== undefined) {
        window.clearTimeout(timer.current);
        void saver.current.autosave();
      }
    };
  }, []);

  // Back from another page with this one kept whole in the browser's memory, or the connection
  // back: anything not yet saved is tried again at once.
  useEffect(() => {
    const retry = () => {
      if (latest.current && snapshot(latest.current) !== savedAs.current) {
        saver.current.schedule(0);
      }
    };
    window.addEventListener("pageshow", retry);
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("pageshow", retry);
      window.removeEventListener("online", retry);
    };
  }, []);

  function change(next: Lists, undo: Removed | null = null) {
    latest.current = next;
    setLists(next);
    setRemoved(undo);
    if (snapshot(next) === savedAs.current) {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      forgetDraft();
      setSaving((now) => (now.state === "quiet" ? now : { state: "saved" }));
      return;
    }
    // Kept on the device before anything else, so a tap on "Get help now" a moment later, or a
    // closed tab, still finds every word on the next visit.
    keepOnDevice(next);
    setSaving((now) => (now.state === "done" ? { state: "quiet" } : now));
    schedule();
  }

  function edit(step: SafetyPlanStep, entries: Entry[]) {
    if (lists) change({ ...lists, [step]: entries });
  }

  function remove(step: SafetyPlanStep, shown: Entry[], index: number) {
    const line = shown[index];
    if (!lists || !line) return;
    change(
      { ...lists, [step]: shown.filter((e) => e.key !== line.key) },
      { step, index, entry: line },
    );
    focusAfter(undoId(step));
  }

  function undo() {
    if (!lists || !removed) return;
    const { step, index, entry: line } = removed;
    const now = lists[step];
    const at = Math.min(index, now.length);
    change({ ...lists, [step]: [...now.slice(0, at), line, ...now.slice(at)] });
    focusAfter(entryId(step, at));
  }

  async function saveNow(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!lists || sending) return;
    window.clearTimeout(timer.current);
    timer.current = undefined;
    setProblem("");
    setErrors({});
    setSending(true);
    // Marked as a save on its way, so the autosave of words typed meanwhile waits for it rather
    // than racing it (the older of two saves could otherwise land last).
    inFlight.current = true;
    try {
      const { sent, saved, merged } = await send(lists);
      if (saved) setLoaded({ state: "ready", savedAt: saved.updatedAt });
      again.current = false;
      const over = overLimit(sent);
      if (over.length > 0) {
        // The rest is saved; the lines of a step over the limit stay here, on screen and on the
        // device, until the person chooses which to keep. The editor stays open on them.
        keepWaiting();
        setSaving({ state: "over", steps: over });
        return;
      }
      if (latest.current && snapshot(latest.current) !== snapshot(sent)) {
        // Typed while this save was on its way, or kept together with changes made elsewhere:
        // the words stay on screen and on the device, the editor stays open, and they are saved
        // next.
        schedule(0);
        return;
      }
      const shown = saved ? listsOf(saved) : sent;
      forgetDraft();
      latest.current = shown;
      setLists(shown);
      setRemoved(null);
      setSaving({ state: "done", merged });
      setEditing(false);
      focusAfter(EDIT_ID);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      const unreachable = error instanceof ApiRequestError && error.status === 0;
      // Not reaching the server is no fault in what was written: the quiet line under the plan
      // says so, once, rather than a red alert repeating it.
      setProblem(
        Object.keys(fields).length > 0
          ? "Something needs a look before this can be saved."
          : unreachable
            ? ""
            : messageOf(error),
      );
      if (Object.keys(fields).length === 0) {
        setSaving({ state: "kept", onDevice: onDevice.current, message: keptMessage(error) });
      }
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  const plan = lists ? inputOf(lists) : null;
  const written = plan ? safetyPlanSteps.some((step) => plan[step].length > 0) : false;

  return (
    <div className="screen safety-plan">
      <ScreenHeading title="My safety plan">My safety plan</ScreenHeading>
      {loaded.state === "failed" ? (
        <p role="alert" className="form-error">
          {loaded.message}
        </p>
      ) : null}
      {loaded.state === "loading" ? <p>Getting your plan…</p> : null}
      {lists && plan && loaded.state === "ready" && !editing ? (
        <>
          <p className="plan-view-actions no-print">
            <button
              id={EDIT_ID}
              type="button"
              className="secondary"
              onClick={() => {
                setEditing(true);
                setSaving({ state: "quiet" });
                focusAfter(entryId(safetyPlanSteps[0], 0));
              }}
            >
              Edit<span className="visually-hidden"> my safety plan</span>
            </button>
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
          </p>
          <p className="no-print">
            Your plan for hard moments, in your own words. Go through it step by step when things
            start to feel too much.
          </p>
          {written ? (
            <div className="no-print">
              <PlanView plan={plan} level={2} />
            </div>
          ) : (
            <p className="no-print">Nothing is written in your plan yet. "Edit" starts it.</p>
          )}
        </>
      ) : null}
      {lists && loaded.state === "ready" && editing ? (
        <>
          <p>
            A plan for hard moments, in your own words. Go through it step by step when things start
            to feel too much. Fill in what you can; it saves as you type, and you can come back any
            time.
          </p>
          <p className="hint no-print">
            If you are in danger right now, <a href={crisisPage}>get help now</a>. What you have
            written here stays.
          </p>
          <form className="stack no-print" noValidate onSubmit={saveNow}>
            <SavingNotice saving={saving} onRetry={() => schedule(0)} />
            {stepCopy.map((copy, index) => (
              <StepEditor
                key={copy.step}
                number={index + 1}
                copy={copy}
                entries={lists[copy.step]}
                errors={errors}
                removed={removed?.step === copy.step ? removed : null}
                onChange={(entries) => edit(copy.step, entries)}
                onRemove={(shown, at) => remove(copy.step, shown, at)}
                onUndo={undo}
                onFocus={focusAfter}
              />
            ))}
            <FormProblem message={problem} />
            <button type="submit" className="primary">
              {sending ? "Saving…" : "Save my plan"}
            </button>
          </form>
        </>
      ) : null}
      {lists && loaded.state === "ready" ? (
        <>
          <SavingStatus saving={saving} editing={editing} onRetry={() => schedule(0)} />
          <p className="no-print">
            {loaded.savedAt ? `Last saved ${savedOn(loaded.savedAt)}. ` : null}
            {editing ? (
              <button type="button" className="secondary" onClick={() => window.print()}>
                Print or save as PDF
              </button>
            ) : null}
          </p>
          <PrintedPlan lists={lists} savedAt={loaded.savedAt} />
        </>
      ) : null}
    </div>
  );
}

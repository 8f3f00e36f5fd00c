import { type FormEvent, useEffect, useRef, useState } from "react";
import {
  type SafetyPlanStep,
  safetyPlanSteps,
} from "../../../core/safety-plan/safety-plan.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { api } from "../../api/reconnect.js";
import { safetyApi } from "../../api/safety.js";
import { FormProblem } from "../../components/FormProblem.js";
import { type FieldErrors, fieldErrorsOf } from "../../components/field-errors.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { forgetPlanDraft, readPlanDraft, writePlanDraft } from "./device-draft.js";
import { PlanView } from "./PlanView.js";
import { PrintedPlan, savedOn } from "./PrintedPlan.js";
import {
  type Entry,
  entryId,
  inputOf,
  keptTogether,
  type Lists,
  listsOf,
  type Removed,
  snapshot,
  typedOf,
  undoId,
} from "./plan-lists.js";
import { keptMessage, type Saving, SavingStatus } from "./SavingStatus.js";
import { StepEditor } from "./StepEditor.js";
import { stepCopy } from "./steps.js";

/** How long typing must pause before the plan is saved: long enough not to save every letter. */
const AUTOSAVE_MS = 800;

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; savedAt: string | null };

const EDIT_ID = "plan-edit";

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
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [lists, setLists] = useState<Lists | null>(null);
  const [editing, setEditing] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [saving, setSaving] = useState<Saving>({ state: "quiet" });
  const [sending, setSending] = useState(false);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const focusAfter = useFocusAfterRender();

  // The autosave runs from timers, so it reads the latest plan and who is signed in from refs.
  const latest = useRef<Lists | null>(null);
  const userId = useRef<string | null>(null);
  const savedAs = useRef("");
  const inFlight = useRef(false);
  const again = useRef(false);
  const onDevice = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  // The saved plan's version the lists on screen were typed over, and whether a save has failed
  // since: the plan may have been changed on another device meanwhile, and is asked for first.
  const base = useRef<string | null>(null);
  const askFirst = useRef(false);

  function forgetDraft() {
    if (userId.current) forgetPlanDraft(userId.current);
    onDevice.current = false;
  }

  /**
   * After a save that failed, the lists to send: the plan is saved whole, so sending this copy
   * over one changed on another device meanwhile would silently drop what was written there.
   * Such changes are added to the lists on screen, and the person is told.
   */
  async function withChangesElsewhere(current: Lists): Promise<Lists> {
    if (!askFirst.current) return current;
    const saved = await safetyApi.safetyPlan();
    askFirst.current = false;
    if (saved.updatedAt === base.current) return current;
    base.current = saved.updatedAt;
    const merged = keptTogether(current, saved);
    latest.current = merged;
    setLists(merged);
    if (userId.current)
      onDevice.current = writePlanDraft(userId.current, typedOf(merged), base.current);
    setSaving({ state: "restored", merged: true });
    return merged;
  }

  async function autosave(): Promise<void> {
    timer.current = undefined;
    const current = latest.current;
    if (!current) return;
    const sent = snapshot(current);
    if (sent === savedAs.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    let failed = false;
    try {
      const toSend = await withChangesElsewhere(current);
      const sending = snapshot(toSend);
      const saved = await safetyApi.saveSafetyPlan(inputOf(toSend));
      savedAs.current = sending;
      base.current = saved.updatedAt;
      setLoaded({ state: "ready", savedAt: saved.updatedAt });
      setErrors({});
      setProblem("");
      if (latest.current && snapshot(latest.current) === sending) {
        forgetDraft();
        // A draft brought back keeps saying so once it is saved, rather than vanishing into "Saved".
        setSaving((now) =>
          now.state === "restored"
            ? { state: "saved", restored: true, merged: now.merged }
            : { state: "saved" },
        );
      }
    } catch (error) {
      failed = true;
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        setSaving({ state: "refused" });
      } else {
        askFirst.current = true;
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
    Promise.all([
      safetyApi.safetyPlan(),
      // Only to name the device draft after the person; without it the plan still works.
      api.session().then(
        (session) => session.user?.id ?? null,
        () => null,
      ),
    ]).then(
      ([plan, id]) => {
        if (!live) return;
        userId.current = id;
        base.current = plan.updatedAt;
        const fromServer = listsOf(plan);
        savedAs.current = snapshot(fromServer);
        const draft = id ? readPlanDraft(id) : null;
        // A draft typed over an older version than the one saved now (the plan was changed on
        // another device since) keeps what was saved too, rather than being sent over it.
        const elsewhere = draft !== null && draft.base !== plan.updatedAt;
        const typed = draft ? listsOf(draft.steps) : null;
        const restored = typed && elsewhere ? keptTogether(typed, plan) : typed;
        if (restored && snapshot(restored) !== savedAs.current) {
          latest.current = restored;
          if (id) onDevice.current = writePlanDraft(id, typedOf(restored), base.current);
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
    if (userId.current) {
      onDevice.current = writePlanDraft(userId.current, typedOf(next), base.current);
    }
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
      const toSend = await withChangesElsewhere(lists);
      const sent = snapshot(toSend);
      const saved = await safetyApi.saveSafetyPlan(inputOf(toSend));
      const shown = listsOf(saved);
      savedAs.current = snapshot(shown);
      base.current = saved.updatedAt;
      setLoaded({ state: "ready", savedAt: saved.updatedAt });
      again.current = false;
      if (latest.current && snapshot(latest.current) !== sent) {
        // Typed while this save was on its way: the words stay on screen and on the device, the
        // editor stays open where the person is typing, and they are saved next.
        schedule(0);
        return;
      }
      forgetDraft();
      latest.current = shown;
      setLists(shown);
      setRemoved(null);
      setSaving({ state: "done" });
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
        askFirst.current = true;
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
            If you are in danger right now, <a href="/crisis">get help now</a>. What you have
            written here stays.
          </p>
          <form className="stack no-print" noValidate onSubmit={saveNow}>
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

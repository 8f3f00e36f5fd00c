import {
  type FormEvent,
  type RefObject,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { z } from "zod";
import { PERSON_NAME_MAX } from "../../../core/circle/person.schema.js";
import { localDateOf } from "../../../core/dates/local-date.js";
import { ACTIVITY_TITLE_MAX } from "../../../core/plan/activity.schema.js";
import { showsAnything } from "../../../core/text/visible.js";
import { nextStepIn } from "../../../core/thoughts/next-step.js";
import { messageOf } from "../../api/client.js";
import { navigate } from "../../app/router.js";
import { CrisisWatch } from "../../components/crisis/CrisisWatch.js";
import { prepareCrisisCheck } from "../../components/crisis/crisis-check.js";
import { Field } from "../../components/Field.js";
import { FormProblem } from "../../components/FormProblem.js";
import { Link } from "../../components/Link.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { DraftNotice } from "../../drafts/DraftNotice.js";
import { useDraftKey } from "../../drafts/DraftOwner.js";
import { readDraft, removeDraft } from "../../drafts/draft-store.js";
import { useKeptFields } from "../../drafts/useKeptFields.js";
import { planApi } from "../plan/plan-api.js";
import { handOverPlanned } from "../plan/planned-elsewhere.js";
import { ZeroToTen } from "../plan/ZeroToTen.js";
import { NEXT_STEP_DRAFT } from "./record-draft.js";

/** "my sister" reads oddly as a name in the circle; "Sister" is what the list would say. */
function circleName(person: string): string {
  const bare = person.replace(/^my\s+/i, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

type Open = "none" | "plan" | "circle";

/**
 * "Plan this" or "Add to my circle" as typed and kept on the device until it is added: the
 * fields as they stand on screen (a cleared day or no guess yet included).
 */
const planDraftSchema = z.object({
  form: z.literal("plan"),
  what: z.string().max(ACTIVITY_TITLE_MAX),
  date: z.string().max(10),
  guess: z.number().int().min(0).max(10).nullable(),
});
const circleDraftSchema = z.object({
  form: z.literal("circle"),
  who: z.string().max(PERSON_NAME_MAX),
});
const nextStepDraftSchema = z.discriminatedUnion("form", [planDraftSchema, circleDraftSchema]);
type PlanDraft = z.infer<typeof planDraftSchema>;
type CircleDraft = z.infer<typeof circleDraftSchema>;
type NextStepDraft = PlanDraft | CircleDraft;

/** Nothing changed from how the form opens: not worth keeping or offering. */
function sameDraft<T extends NextStepDraft>(a: T, b: T): boolean {
  return (Object.keys(b) as (keyof T)[]).every((field) => a[field] === b[field]);
}

/**
 * The step a balanced thought points to, one tap away: "Plan this" and "Add to my circle", each
 * prefilled from the thought and editable before anything is saved. Nothing shows when the
 * thought names no person and no action. What is typed in either form is kept on this device for
 * the signed-in person, under this record, until it is added or cancelled.
 */
export function NextStepOffers({
  balancedThought,
  recordId,
}: {
  balancedThought: string;
  /** The saved record the step comes from, so its draft comes back only to this record. */
  recordId: string;
}) {
  const step = nextStepIn(balancedThought);
  const title = step.action ?? `Get in touch with ${circleName(step.person ?? "")}`;
  const draftKey = useDraftKey(NEXT_STEP_DRAFT, recordId);
  // Read once: a step begun before (and left for help, Back or a reload) opens where it was left.
  const [kept, setKept] = useState<NextStepDraft | undefined>(() => {
    if (draftKey === null) return undefined;
    const found = readDraft(draftKey, nextStepDraftSchema);
    if (found === undefined) return undefined;
    // A day gone by is no day to plan for: a step begun last week comes back for today.
    const today = localDateOf(new Date());
    const stored =
      found.form === "plan" && found.date !== "" && found.date < today
        ? { ...found, date: today }
        : found;
    // A thought edited since may offer this step no more, or offer it as it was typed: either
    // way there is nothing new to bring back, and the draft goes quietly.
    const unchanged =
      stored.form === "plan"
        ? sameDraft(stored, planStart(title))
        : step.person !== null &&
          sameDraft(stored, { form: "circle", who: circleName(step.person) });
    const offered =
      stored.form === "plan" ? step.person !== null || step.action !== null : step.person !== null;
    if (unchanged || !offered) {
      removeDraft(draftKey);
      return undefined;
    }
    return stored;
  });
  const [open, setOpen] = useState<Open>(kept?.form ?? "none");
  const firstField = useRef<HTMLInputElement>(null);
  // Cancel takes its form away: focus goes back to the button that opened it, not to the page.
  const [cancelled, setCancelled] = useState<Open>("none");
  const planThis = useRef<HTMLButtonElement>(null);
  const addToCircle = useRef<HTMLButtonElement>(null);
  // A form that comes back on its own with a draft (the screen loading again) leaves focus where
  // the screen put it; one the person opens takes focus on its first field.
  const reopened = useRef(kept !== undefined);
  useLayoutEffect(() => {
    if (reopened.current) {
      reopened.current = false;
      return;
    }
    if (open !== "none") firstField.current?.focus();
    else if (cancelled === "plan") planThis.current?.focus();
    else if (cancelled === "circle") addToCircle.current?.focus();
  }, [open, cancelled]);
  function cancel(form: Open) {
    // Cancel is the person's own choice to leave it: what was typed goes with the form, and
    // the form opens next time on the thought's own words, not on the draft it began from.
    if (draftKey !== null) removeDraft(draftKey);
    setKept(undefined);
    setCancelled(form);
    setOpen("none");
  }
  // Someone already in the circle is pointed to there, not added twice.
  const wanted = step.person === null ? null : circleName(step.person).toLocaleLowerCase();
  const [inCircle, setInCircle] = useState(false);
  useEffect(() => {
    if (wanted === null) return;
    let live = true;
    planApi.people(null).then(
      ({ people }) => {
        if (live) setInCircle(people.some((p) => p.name.trim().toLocaleLowerCase() === wanted));
      },
      // Not knowing, the offer stays: adding someone twice is easy to undo in the circle.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  if (step.person === null && step.action === null) return null;
  return (
    <section className="next-step" aria-labelledby="next-step-heading">
      <h3 id="next-step-heading">A next small step</h3>
      <p>Your balanced thought points to something you could do. Only if it feels right.</p>
      {open === "plan" ? (
        <PlanThisForm
          title={title}
          social={step.person !== null}
          draftKey={draftKey}
          kept={kept?.form === "plan" ? kept : undefined}
          fieldRef={firstField}
          onCancel={() => cancel("plan")}
        />
      ) : null}
      {open === "circle" && step.person !== null ? (
        <AddToCircleForm
          name={circleName(step.person)}
          draftKey={draftKey}
          kept={kept?.form === "circle" ? kept : undefined}
          fieldRef={firstField}
          onCancel={() => cancel("circle")}
        />
      ) : null}
      {open === "none" ? (
        <div className="step-actions">
          <button type="button" className="primary" ref={planThis} onClick={() => setOpen("plan")}>
            Plan this
          </button>
          {step.person !== null && !inCircle ? (
            <button
              type="button"
              className="secondary"
              ref={addToCircle}
              onClick={() => setOpen("circle")}
            >
              Add to my circle
            </button>
          ) : null}
          {step.person !== null && inCircle ? (
            <Link href="/circle">See {circleName(step.person)} in your circle</Link>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** "Plan this" as it opens: the step from the thought, for today, with no guess yet. */
function planStart(title: string): PlanDraft {
  return { form: "plan", what: title, date: localDateOf(new Date()), guess: null };
}

interface FormProps<T> {
  /** Where the words are kept on this device as they are typed; null keeps none. */
  draftKey: string | null;
  /** A draft found on opening, which the form starts from and says so. */
  kept: T | undefined;
  fieldRef: RefObject<HTMLInputElement | null>;
  onCancel: () => void;
}

function PlanThisForm({
  title,
  social,
  draftKey,
  kept,
  fieldRef,
  onCancel,
}: FormProps<PlanDraft> & { title: string; social: boolean }) {
  const id = useId();
  const { fields, change, restored, discard } = useKeptFields<PlanDraft>({
    key: draftKey,
    start: planStart(title),
    kept: () => kept,
    same: sameDraft,
  });
  const { what, date } = fields;
  const guess = fields.guess ?? undefined;
  const [problem, setProblem] = useState("");
  // A second tap on a slow connection would plan the step twice; a success leaves the screen,
  // so the button stays busy until it has gone.
  const adding = useOneAtATime();
  const busy = adding.busy;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (adding.running()) return;
    // As the server: words of only a zero-width space or a lone accent say nothing.
    if (!showsAnything(what)) {
      fieldRef.current?.focus();
      return setProblem("Please say what you'd like to do.");
    }
    if (guess === undefined) {
      // To the guess itself, not left on the button below it: the next arrow key answers it.
      document.getElementById(`${id}-guess-0`)?.focus();
      return setProblem("Please make a guess at how much you'll enjoy it: any number is fine.");
    }
    setProblem("");
    await adding.run(
      async () => {
        try {
          const activity = await planApi.addActivity({
            title: what.trim(),
            area: social ? "connection" : "achievement",
            effort: "small",
            minutes: 15,
            social,
            firstStep: what.trim(),
          });
          const plan = await planApi.createPlan({
            activityId: activity.id,
            date,
            time: null,
            predictedEnjoyment: guess,
          });
          // Planned: the draft has done its work.
          if (draftKey !== null) removeDraft(draftKey);
          handOverPlanned(plan);
          navigate("/plan");
          return true;
        } catch (error) {
          setProblem(messageOf(error));
          return false;
        }
      },
      (planned) => planned,
    );
  }

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Plan this">
      {restored ? (
        <DraftNotice
          detail="It isn't in your plan yet: press “Add to my plan” when you're ready."
          onDiscard={() => {
            discard();
            setProblem("");
          }}
        />
      ) : null}
      {/* Saved as an activity's words and its first step: the shorter limit of the two. */}
      <Field
        id={`${id}-what`}
        label="What you'll do"
        limit={{ value: what, max: ACTIVITY_TITLE_MAX, holder: "this box" }}
      >
        {(control) => (
          <input
            ref={fieldRef}
            {...control}
            value={what}
            onChange={(event) => change({ what: event.target.value })}
            // Fetch the crisis check as soon as the person starts on the words.
            onFocus={prepareCrisisCheck}
          />
        )}
      </Field>
      {/* Right under the words, as the thought's own: the step is free text the person writes. */}
      <CrisisWatch text={what} />
      <div className="field">
        <label htmlFor={`${id}-date`}>Which day</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          required
          onChange={(event) => change({ date: event.target.value })}
        />
      </div>
      <ZeroToTen
        name={`${id}-guess`}
        legend="How much do you think you'll enjoy it?"
        low="not at all"
        high="very much"
        value={guess}
        onChange={(value) => change({ guess: value })}
        firstRadioId={`${id}-guess-0`}
      />
      <p className="hint">Needed: a guess helps you see later how things really felt.</p>
      <OfferActions label="Add to my plan" busy={busy} problem={problem} onCancel={onCancel} />
    </form>
  );
}

function AddToCircleForm({
  name,
  draftKey,
  kept,
  fieldRef,
  onCancel,
}: FormProps<CircleDraft> & { name: string }) {
  const id = useId();
  const { fields, change, restored, discard } = useKeptFields<CircleDraft>({
    key: draftKey,
    start: { form: "circle", who: name },
    kept: () => kept,
    same: sameDraft,
  });
  const { who } = fields;
  const [problem, setProblem] = useState("");
  // As above: one person added, however often the button is tapped.
  const adding = useOneAtATime();
  const busy = adding.busy;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (adding.running()) return;
    if (!showsAnything(who)) {
      fieldRef.current?.focus();
      return setProblem("Please add a name, or a nickname.");
    }
    setProblem("");
    await adding.run(
      async () => {
        try {
          // The gentlest defaults; the circle lets them be changed at any time.
          await planApi.addPerson({
            name: who.trim(),
            relationship: "",
            contactPreference: "message",
            wantedEveryDays: 14,
          });
          // Added: the draft has done its work.
          if (draftKey !== null) removeDraft(draftKey);
          navigate("/circle");
          return true;
        } catch (error) {
          setProblem(messageOf(error));
          return false;
        }
      },
      (added) => added,
    );
  }

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Add to my circle">
      {restored ? (
        <DraftNotice
          detail="They aren't in your circle yet: press “Add to my circle” when you're ready."
          onDiscard={() => {
            discard();
            setProblem("");
          }}
        />
      ) : null}
      <Field
        id={`${id}-name`}
        label="Name"
        limit={{ value: who, max: PERSON_NAME_MAX, holder: "a name" }}
      >
        {(control) => (
          <input
            ref={fieldRef}
            {...control}
            value={who}
            onChange={(event) => change({ who: event.target.value })}
          />
        )}
      </Field>
      <OfferActions label="Add to my circle" busy={busy} problem={problem} onCancel={onCancel} />
    </form>
  );
}

interface OfferActionsProps {
  label: string;
  busy: boolean;
  problem: string;
  onCancel: () => void;
}

/** The end of either offer: what went wrong, if anything, then its button and a way back out. */
function OfferActions({ label, busy, problem, onCancel }: OfferActionsProps) {
  return (
    <>
      <FormProblem message={problem} />
      <div className="step-actions">
        <button type="submit" className="primary">
          {busy ? "Adding…" : label}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

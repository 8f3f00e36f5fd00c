import {
  type FormEvent,
  type RefObject,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { localDateOf } from "../../../core/dates/local-date.js";
import { showsAnything } from "../../../core/text/visible.js";
import { nextStepIn } from "../../../core/thoughts/next-step.js";
import { messageOf } from "../../api/client.js";
import { navigate } from "../../app/router.js";
import { FormProblem } from "../../components/FormProblem.js";
import { Link } from "../../components/Link.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { planApi } from "../plan/plan-api.js";
import { handOverPlanned } from "../plan/planned-elsewhere.js";
import { ZeroToTen } from "../plan/ZeroToTen.js";

/** "my sister" reads oddly as a name in the circle; "Sister" is what the list would say. */
function circleName(person: string): string {
  const bare = person.replace(/^my\s+/i, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

type Open = "none" | "plan" | "circle";

/**
 * The step a balanced thought points to, one tap away: "Plan this" and "Add to my circle", each
 * prefilled from the thought and editable before anything is saved. Nothing shows when the
 * thought names no person and no action.
 */
export function NextStepOffers({ balancedThought }: { balancedThought: string }) {
  const step = nextStepIn(balancedThought);
  const [open, setOpen] = useState<Open>("none");
  const firstField = useRef<HTMLInputElement>(null);
  // Cancel takes its form away: focus goes back to the button that opened it, not to the page.
  const [cancelled, setCancelled] = useState<Open>("none");
  const planThis = useRef<HTMLButtonElement>(null);
  const addToCircle = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (open !== "none") firstField.current?.focus();
    else if (cancelled === "plan") planThis.current?.focus();
    else if (cancelled === "circle") addToCircle.current?.focus();
  }, [open, cancelled]);
  function cancel(form: Open) {
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
  const title = step.action ?? `Get in touch with ${circleName(step.person ?? "")}`;
  return (
    <section className="next-step" aria-labelledby="next-step-heading">
      <h3 id="next-step-heading">A next small step</h3>
      <p>Your balanced thought points to something you could do. Only if it feels right.</p>
      {open === "plan" ? (
        <PlanThisForm
          title={title}
          social={step.person !== null}
          fieldRef={firstField}
          onCancel={() => cancel("plan")}
        />
      ) : null}
      {open === "circle" && step.person !== null ? (
        <AddToCircleForm
          name={circleName(step.person)}
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

interface FormProps {
  fieldRef: RefObject<HTMLInputElement | null>;
  onCancel: () => void;
}

function PlanThisForm({
  title,
  social,
  fieldRef,
  onCancel,
}: FormProps & { title: string; social: boolean }) {
  const id = useId();
  const [what, setWhat] = useState(title);
  const [date, setDate] = useState<string>(localDateOf(new Date()));
  const [guess, setGuess] = useState<number | undefined>(undefined);
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
      <div className="field">
        <label htmlFor={`${id}-what`}>What you'll do</label>
        <input
          ref={fieldRef}
          id={`${id}-what`}
          value={what}
          maxLength={120}
          onChange={(event) => setWhat(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>Which day</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          required
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <ZeroToTen
        name={`${id}-guess`}
        legend="How much do you think you'll enjoy it?"
        low="not at all"
        high="very much"
        value={guess}
        onChange={setGuess}
        firstRadioId={`${id}-guess-0`}
      />
      <p className="hint">Needed: a guess helps you see later how things really felt.</p>
      <OfferActions label="Add to my plan" busy={busy} problem={problem} onCancel={onCancel} />
    </form>
  );
}

function AddToCircleForm({ name, fieldRef, onCancel }: FormProps & { name: string }) {
  const id = useId();
  const [who, setWho] = useState(name);
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
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          ref={fieldRef}
          id={`${id}-name`}
          value={who}
          maxLength={100}
          onChange={(event) => setWho(event.target.value)}
        />
      </div>
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

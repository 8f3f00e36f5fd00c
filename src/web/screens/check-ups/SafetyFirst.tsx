import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { findPhoneNumbers } from "../../../core/safety-plan/phone-numbers.js";
import { withoutRegionLines } from "../../../core/safety-plan/prefill.js";
import type { SafetyPlan } from "../../../core/safety-plan/safety-plan.schema.js";
import { safetyApi } from "../../api/safety.js";
import { ContactButtons } from "../../components/crisis/ContactButtons.js";
import { CrisisLines } from "../../components/crisis/CrisisLines.js";
import { crisisLines, type Lines } from "../../components/crisis/crisis-lines-request.js";
import { useCrisisPageHref } from "../../components/crisis/crisis-page-href.js";
import { Link } from "../../components/Link.js";
import { linksIn } from "../safety-plan/PlanView.js";

type Plan = { state: "loading" } | { state: "none" } | { state: "saved"; plan: SafetyPlan };

/** The parts of a plan that help most in the moment, a few lines each. */
const PLAN_PREVIEW = [
  ["copingAlone", "Things you can do on your own"],
  ["distractions", "People and places that take your mind off things"],
  ["peopleToAsk", "People you can ask for help"],
  ["professionals", "Professionals and services"],
  ["reasonsForLiving", "Your reasons for living"],
] as const;

/**
 * Shown first, before any score and before the next question, the moment PHQ-9 item 9 is
 * answered above "Not at all". Nobody is told of the answer, and the words say so. Its words,
 * the link to /crisis and the emergency advice need no request, so a slow or failed load can
 * never leave the person without help; the local lines and their plan are added as they arrive.
 * Where it arrives with the screen (the result, a check-up opened again or come back to from
 * /crisis) its heading takes focus, so a screen reader reads the care and the help first. Where
 * it arrives because an answer was just chosen (`takeFocus` false), focus stays in the answers:
 * taking it there stopped the arrow keys at "Several days", so the more serious answers were
 * the harder ones to give. The questionnaire says, in a status line, that help is here.
 */
export function SafetyFirst({ takeFocus = true }: { takeFocus?: boolean }) {
  const headingId = useId();
  const [plan, setPlan] = useState<Plan>({ state: "loading" });
  // The same lines CrisisLines shows above (one shared request), to leave them out of the plan.
  const [lines, setLines] = useState<Lines | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const crisisPage = useCrisisPageHref();

  // Decided once, as it comes: a later render never takes focus.
  const focusOnArrival = useRef(takeFocus);

  useLayoutEffect(() => {
    if (focusOnArrival.current) heading.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    safetyApi.safetyPlan().then(
      (saved) => {
        if (live) setPlan(saved.updatedAt ? { state: "saved", plan: saved } : { state: "none" });
      },
      // Without the plan, the invitation to make one still shows.
      () => {
        if (live) setPlan({ state: "none" });
      },
    );
    crisisLines().then(
      (shown) => {
        if (live) setLines(shown);
      },
      // Without them the plan is shown whole: said twice, never missing.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  // The steps with something to show; the professionals without the lines already above.
  const shown =
    plan.state === "saved"
      ? PLAN_PREVIEW.map(([step, title]) => ({
          step,
          title,
          entries:
            step === "professionals" && lines !== null
              ? withoutRegionLines(plan.plan.professionals, lines)
              : plan.plan[step],
        })).filter(({ entries }) => entries.length > 0)
      : [];

  return (
    <section className="crisis-card safety-first" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        You are not alone with these thoughts
      </h2>
      <p>
        You said you have had thoughts that you would be better off dead, or of hurting yourself.
        That is hard to say, and you don't have to face those thoughts alone. Talking to someone now
        can help, even if you are not sure you want to.
      </p>
      <p>
        Reconnect keeps this private; no one is told. If you'd like someone to know, here is how to
        reach them.
      </p>
      <CrisisLines />
      <p className="crisis-card-actions">
        <a className="crisis-card-link" href={crisisPage}>
          See all help lines
        </a>
      </p>

      <h3>Your safety plan</h3>
      {plan.state === "saved" ? (
        <>
          {shown.length > 0 ? (
            <>
              <p>Here is what you wrote for times like this.</p>
              <dl className="plan-preview">
                {shown.map(({ step, title, entries }) => (
                  <div key={step}>
                    <dt>{title}</dt>
                    {entries.map((entry) => (
                      <dd key={entry}>
                        {entry}
                        {/* The people written here are the ones to reach now: one tap to call. */}
                        <ContactButtons
                          links={linksIn(entry)}
                          short={findPhoneNumbers(entry).length === 1}
                        />
                      </dd>
                    ))}
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <p>Your safety plan is here whenever you want to read or add to it.</p>
          )}
          <p>
            <Link className="crisis-card-link" href="/safety-plan">
              Open your whole safety plan
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>
            A safety plan is a short list, in your own words, of what helps and who to reach when
            things get this hard. It takes a few minutes, and you can change it any time.
          </p>
          <p>
            <Link className="crisis-card-link" href="/safety-plan">
              Make your safety plan now
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

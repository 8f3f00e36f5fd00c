import { useId, useLayoutEffect, useRef } from "react";
import type { Checkin } from "../../../core/checkins/checkin.schema.js";
import { CrisisLines } from "../../components/crisis/CrisisLines.js";
import { useCrisisPageHref } from "../../components/crisis/crisis-page-href.js";
import { Link } from "../../components/Link.js";
import { TinyStepWords } from "./TinyStepWords.js";
import { useTinyStep } from "./tiny-step.js";

/** Energy asked of the Plan on a heavy day: "low", so only tiny steps come back. */
const LOW_ENERGY = 2;

/**
 * The answer to a saved check-in whose numbers, or hopeless words on a low day, say the day is
 * heavy (src/core/checkins/heavy-day.ts), though no crisis words asked for help: a gentle line,
 * the same two doors as the crisis card (someone to talk to now; the safety plan), and one tiny
 * step from the Plan. Never an alarm, never a score. Its words, the lines' emergency advice and
 * both doors need no request; the tiny step is added when the Plan answers, and left out if it
 * cannot.
 */
export function HeavyDayAnswer({ checkin }: { checkin: Checkin }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const crisisPage = useCrisisPageHref();
  const step = useTinyStep(Math.min(checkin.energy ?? LOW_ENERGY, LOW_ENERGY));

  // It appears below the form after Save: focus brings it into view and is read out first.
  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="crisis-card heavy-day" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Help is here if you want it
      </h2>
      <p>
        Your answers are kept, just as you gave them. Nothing is asked of you now. If it would help
        to feel less alone with a day like this, two doors are open.
      </p>

      <h3>Someone to talk to now</h3>
      <CrisisLines />
      <p className="crisis-card-actions">
        <a className="crisis-card-link" href={crisisPage}>
          See all help lines
        </a>
      </p>

      <h3>Your safety plan</h3>
      <p className="crisis-card-actions">
        <Link className="crisis-card-link" href="/safety-plan">
          Open your safety plan
        </Link>
      </p>

      {step.state === "ready" ? (
        <>
          <h3>One tiny step, only if you feel like it</h3>
          <p className="heavy-day-step">
            <TinyStepWords step={step} />
          </p>
          <p>
            <Link href="/plan">See it in your Plan</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

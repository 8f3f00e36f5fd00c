import { useId, useLayoutEffect, useRef } from "react";
import type { Checkin } from "../../../core/checkins/checkin.schema.js";
import { Link } from "../../components/Link.js";
import { TinyStepWords } from "./TinyStepWords.js";
import { useTinyStep } from "./tiny-step.js";

/** Energy asked of the Plan on a low day: low, so only tiny steps come back. */
const LOW_ENERGY = 2;

/**
 * After saving a low day (not a heavy one): one tiny step from the Plan, offered and never
 * asked. Nothing shows until the Plan answers, and nothing at all if it has no tiny step.
 */
export function LowDayStep({ checkin }: { checkin: Checkin }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const step = useTinyStep(Math.min(checkin.energy ?? LOW_ENERGY, LOW_ENERGY));
  const ready = step.state === "ready";
  // It appears below the form after Save: focus brings it into view and is read out.
  useLayoutEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  if (step.state !== "ready") return null;
  return (
    <section className="low-day-step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        One tiny step, only if you feel like it
      </h2>
      <p>
        <TinyStepWords step={step} />
      </p>
      <p>
        <Link href="/plan">See it in your Plan</Link>
      </p>
    </section>
  );
}

import { isolatedWithFullStop } from "../../../core/text/full-stop.js";
import type { ReadyTinyStep } from "./tiny-step.js";

/**
 * A tiny step in one line, the same after a low day and a heavy one: its title, how long it
 * takes, and its first step only when that says more than the title (firstStepBeyondTitle).
 */
export function TinyStepWords({ step }: { step: ReadyTinyStep }) {
  return (
    <>
      {/* The step's words are isolated, as on the Plan screen: a title ending in a
          right-to-left override drew "(about 2 min)" after it backwards. */}
      <strong>
        <bdi>{step.title}</bdi>
      </strong>{" "}
      (about {step.minutes} min).
      {step.firstStep === null ? null : ` ${isolatedWithFullStop(step.firstStep)}`}
    </>
  );
}

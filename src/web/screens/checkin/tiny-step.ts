import { useEffect, useState } from "react";
import { firstStepBeyondTitle } from "../../../core/plan/first-step.js";

export type TinyStep = { state: "loading" } | { state: "none" } | ReadyTinyStep;

export interface ReadyTinyStep {
  state: "ready";
  title: string;
  /** Null when it would only repeat the title (a step from a thought record). */
  firstStep: string | null;
  minutes: number;
}

/**
 * One tiny step from the Plan for a day with this much energy, or "none" when the Plan has none
 * or cannot answer. The Plan's client loads only here, so the check-in screen's script stays small.
 */
export function useTinyStep(energy: number): TinyStep {
  const [step, setStep] = useState<TinyStep>({ state: "loading" });
  useEffect(() => {
    let live = true;
    import("../plan/plan-api.js")
      .then(({ planApi }) => planApi.suggestions(energy))
      .then(
        ({ suggestions }) => {
          if (!live) return;
          const tiny =
            suggestions.find((s) => s.activity.effort === "tiny" && s.person === undefined) ??
            suggestions.find((s) => s.activity.effort === "tiny");
          setStep(
            tiny
              ? {
                  state: "ready",
                  title: tiny.activity.title,
                  firstStep: firstStepBeyondTitle(tiny.activity),
                  minutes: tiny.activity.minutes,
                }
              : { state: "none" },
          );
        },
        () => {
          if (live) setStep({ state: "none" });
        },
      );
    return () => {
      live = false;
    };
  }, [energy]);
  return step;
}

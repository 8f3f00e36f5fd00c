import type { PlanView } from "../../../core/plan/plan-api.schema.js";

/**
 * What a done step says about how it went. The guess made when planning was about enjoyment, so
 * it sits right beside the enjoyment rating: after the achievement rating it read as a guess at
 * achievement. Either rating may be missing, and the words still read as a sentence.
 */
export function doneWords(
  plan: Pick<PlanView, "predictedEnjoyment" | "actualEnjoyment" | "achievement">,
): string {
  const parts = ["Done."];
  if (plan.actualEnjoyment !== undefined) {
    parts.push(
      `Enjoyed it ${plan.actualEnjoyment} out of 10 (you expected ${plan.predictedEnjoyment}).`,
    );
  }
  if (plan.achievement !== undefined) {
    parts.push(`Felt like an achievement: ${plan.achievement} out of 10.`);
  }
  return parts.join(" ");
}

import {
  SAFETY_PLAN_ENTRIES_MAX,
  type SafetyPlanStep,
} from "../../../core/safety-plan/safety-plan.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { stepCopy } from "./steps.js";

/** What the quiet line under the plan says about saving. */
export type Saving =
  | { state: "quiet" }
  | { state: "saved"; restored?: boolean; merged?: boolean }
  // `merged`: the plan had been changed somewhere else too, and both are kept together.
  | { state: "restored"; merged?: boolean }
  | { state: "kept"; onDevice: boolean; message: string }
  | { state: "refused" }
  // Saved, but for `steps`, which hold more lines than a step can once kept together with
  // changes made elsewhere: every line is still here, waiting for the person to choose.
  | { state: "over"; steps: SafetyPlanStep[] }
  | { state: "done"; merged?: boolean };

const KEPT_TOGETHER =
  "Your plan was changed somewhere else too, so what you wrote here is kept together with those changes: have a look when you're ready.";

/**
 * One quiet line about saving, read out politely when it changes: "Saved", or, when the server
 * cannot be reached, that the words are still kept here and on the device.
 */
export function SavingStatus({
  saving,
  editing,
  onRetry,
}: {
  saving: Saving;
  editing: boolean;
  onRetry: () => void;
}) {
  let words = "";
  if (saving.state === "saved") {
    words = saving.merged
      ? `${KEPT_TOGETHER} Saved.`
      : saving.restored
        ? "Your draft is still here, just as you left it. Saved."
        : "Saved.";
  }
  if (saving.state === "done") {
    words = saving.merged
      ? `${KEPT_TOGETHER} Saved.`
      : "Saved. Your plan is here whenever you need it.";
  }
  if (saving.state === "over") words = overLimitMessage(saving.steps);
  if (saving.state === "restored") {
    words = saving.merged
      ? `${KEPT_TOGETHER} Saving it now.`
      : "Your draft is still here, just as you left it. Saving it now.";
  }
  if (saving.state === "refused") words = "Not saved yet: something needs a look.";
  if (saving.state === "kept") {
    words = saving.onDevice
      ? "Not saved yet — kept on this device. Your draft is still here."
      : "Not saved yet. Your words are still here; please keep this page open.";
  }
  return (
    <div className={editing ? "saving-status editing no-print" : "saving-status no-print"}>
      <p role="status" className="status">
        {words}
      </p>
      {saving.state === "kept" ? (
        <p>
          <span className="hint">{saving.message}</span>{" "}
          <button type="button" className="secondary" onClick={onRetry}>
            Try saving again
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** A step as the person sees it named: its number and title. */
function stepName(step: SafetyPlanStep): string {
  const index = stepCopy.findIndex((copy) => copy.step === step);
  return `step ${index + 1}, “${stepCopy[index]?.title ?? step}”`;
}

/**
 * What the person is told when keeping both plans together left a step with more lines than it
 * can hold: nothing is lost, the rest is saved, and which step needs their choice.
 */
export function overLimitMessage(steps: readonly SafetyPlanStep[]): string {
  const names = steps.map(stepName);
  const listed =
    names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  // The names open a sentence here, so its first word takes a capital ("Step 1, …").
  const named = listed.charAt(0).toUpperCase() + listed.slice(1);
  return `Your plan was changed somewhere else too, and every line from both is kept here. The rest of your plan is saved. ${named} now ${steps.length === 1 ? "has" : "have"} more than the ${SAFETY_PLAN_ENTRIES_MAX} lines a step can hold: when you're ready, choose which to keep there, and it saves by itself.`;
}

/**
 * Why the plan is not saved yet, beside "Try saving again". With no network nothing failed to
 * load and the person did nothing wrong: the words are kept and go by themselves once the
 * connection is back (the screen retries when the browser comes online).
 */
export function keptMessage(error: unknown): string {
  const offline = typeof navigator !== "undefined" && navigator.onLine === false;
  if (error instanceof ApiRequestError && error.status === 0 && offline) {
    return "You're offline just now. What you wrote saves by itself once you're back online.";
  }
  return messageOf(error);
}

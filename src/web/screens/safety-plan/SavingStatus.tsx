import {
  SAFETY_PLAN_ENTRIES_MAX,
  type SafetyPlanStep,
} from "../../../core/safety-plan/safety-plan.schema.js";
import { listed } from "../../../core/text/listed.js";
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

/** What is said about saving: one short line, and the whole of it when there is more to say. */
export interface SavingWords {
  /** Short enough to sit pinned at the bottom of the screen at 200% text on a phone. */
  line: string;
  /** The whole explanation, shown in the page near the top of the form; null when `line` says it all. */
  full: string | null;
}

// Three lines at most at 200% text on a phone: what each line leaves out is in the notice above.
const WITH_ELSEWHERE = "with changes from another device too.";

const SAVED_TOGETHER: SavingWords = {
  line: `Saved, ${WITH_ELSEWHERE}`,
  full: `${KEPT_TOGETHER} Saved.`,
};

/** The words for `saving`: the short pinned line, and the full explanation where there is one. */
export function savingWords(saving: Saving): SavingWords {
  switch (saving.state) {
    case "quiet":
      return { line: "", full: null };
    case "saved":
      if (saving.merged) return SAVED_TOGETHER;
      return saving.restored
        ? {
            line: "Your draft is still here. Saved.",
            full: "Your draft is still here, just as you left it. Saved.",
          }
        : { line: "Saved.", full: null };
    case "done":
      if (saving.merged) return SAVED_TOGETHER;
      return { line: "Saved. Your plan is here whenever you need it.", full: null };
    case "over":
      return { line: overLimitLine(saving.steps), full: overLimitMessage(saving.steps) };
    case "restored":
      if (saving.merged) {
        return { line: `Saving, ${WITH_ELSEWHERE}`, full: `${KEPT_TOGETHER} Saving it now.` };
      }
      return {
        line: "Your draft is still here. Saving it now.",
        full: "Your draft is still here, just as you left it. Saving it now.",
      };
    case "refused":
      return { line: "Not saved yet: something needs a look.", full: null };
    case "kept":
      return saving.onDevice
        ? {
            line: "Not saved yet — kept on this device.",
            full: "Not saved yet — kept on this device. Your draft is still here.",
          }
        : {
            line: "Not saved yet — please keep this page open.",
            full: "Not saved yet. Your words are still here; please keep this page open.",
          };
  }
}

/**
 * One quiet line about saving, read out politely when it changes: "Saved", or, when the server
 * cannot be reached, that the words are still kept here and on the device.
 *
 * While editing, the line is pinned to the bottom of the screen, so it stays one short line: at
 * 200% text a whole explanation there covered the very lines the person had to choose from. The
 * whole of it is in the page instead (`SavingNotice`), and read out from there, once: the short
 * line is then kept from screen readers so it is not heard as well.
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
  const { line, full } = savingWords(saving);
  return (
    <div className={editing ? "saving-status editing no-print" : "saving-status no-print"}>
      <p role="status" className="status">
        {full === null ? line : editing ? <span aria-hidden="true">{line}</span> : full}
      </p>
      {saving.state === "kept" && !editing ? <Retry saving={saving} onRetry={onRetry} /> : null}
    </div>
  );
}

/** Why a save did not go through, beside the way to try it again. */
function Retry({
  saving,
  onRetry,
}: {
  saving: Extract<Saving, { state: "kept" }>;
  onRetry: () => void;
}) {
  return (
    <p>
      <span className="hint">{saving.message}</span>{" "}
      <button type="button" className="secondary" onClick={onRetry}>
        Try saving again
      </button>
    </p>
  );
}

/**
 * The whole of what the pinned line only sums up, near the top of the form and not pinned, so it
 * can take the room it needs, with why a save did not go through and "Try saving again". Read
 * out politely when it appears.
 */
export function SavingNotice({ saving, onRetry }: { saving: Saving; onRetry: () => void }) {
  const { full } = savingWords(saving);
  return (
    <div aria-live="polite">
      {full ? (
        <div className="plan-notice">
          <p>{full}</p>
          {saving.state === "kept" ? <Retry saving={saving} onRetry={onRetry} /> : null}
        </div>
      ) : null}
    </div>
  );
}

/** A step's number as the person sees it, counting from 1 in the plan's order. */
function stepNumber(step: SafetyPlanStep): number {
  return stepCopy.findIndex((copy) => copy.step === step) + 1;
}

/** A step as the person sees it named: its number and title. */
function stepName(step: SafetyPlanStep): string {
  const title = stepCopy.find((copy) => copy.step === step)?.title ?? step;
  return `step ${stepNumber(step)}, “${title}”`;
}

/**
 * What the person is told when keeping both plans together left a step with more lines than it
 * can hold: nothing is lost, the rest is saved, and which step needs their choice.
 */
export function overLimitMessage(steps: readonly SafetyPlanStep[]): string {
  const names = listed(steps.map(stepName));
  // The names open a sentence here, so its first word takes a capital ("Step 1, …").
  const named = names.charAt(0).toUpperCase() + names.slice(1);
  return `Your plan was changed somewhere else too, and every line from both is kept here. The rest of your plan is saved. ${named} now ${steps.length === 1 ? "has" : "have"} more than the ${SAFETY_PLAN_ENTRIES_MAX} lines a step can hold: when you're ready, choose which to keep there, and it saves by itself.`;
}

/**
 * The pinned line for steps left past their limit: which wait for a choice, and that the rest is
 * saved. Several are counted rather than named: "Steps 1, 4 and 7 need…" ran to four lines at
 * 200% text, over the lines to choose from, and the notice at the top of the form names them.
 */
export function overLimitLine(steps: readonly SafetyPlanStep[]): string {
  const [only] = steps;
  const named =
    steps.length === 1 && only !== undefined
      ? `Step ${stepNumber(only)} needs`
      : `${steps.length} steps need`;
  return `${named} your choice; the rest is saved.`;
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

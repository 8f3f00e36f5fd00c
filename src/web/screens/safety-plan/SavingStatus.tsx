import { ApiRequestError, messageOf } from "../../api/client.js";

/** What the quiet line under the plan says about saving. */
export type Saving =
  | { state: "quiet" }
  | { state: "saved"; restored?: boolean; merged?: boolean }
  // `merged`: the plan had been changed somewhere else too, and both are kept together.
  | { state: "restored"; merged?: boolean }
  | { state: "kept"; onDevice: boolean; message: string }
  | { state: "refused" }
  | { state: "done" };

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
  if (saving.state === "done") words = "Saved. Your plan is here whenever you need it.";
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

import { FormProblem } from "../components/FormProblem.js";
import { MessageScreen } from "../components/MessageScreen.js";

/** What signing out would delete from this device that the server does not hold. */
export interface LeftOnDevice {
  /** Check-ins saved offline and not yet sent. */
  unsent: number;
  /** Words typed on a screen and not yet saved (a thought record, a note, the safety plan). */
  drafts: number;
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/**
 * Asked before signing out deletes anything the person would lose: check-ins not yet sent and
 * words not yet saved. Nothing goes without the person choosing it.
 */
export function SignOutWarning({
  left,
  problem,
  onStay,
  onSignOut,
}: {
  left: LeftOnDevice;
  problem: string;
  onStay: () => void;
  onSignOut: () => void;
}) {
  const title =
    left.unsent > 0
      ? "Some check-ins haven't been sent yet"
      : "Something you wrote isn't saved yet";
  return (
    <MessageScreen title={title}>
      <LeftOnDeviceWords left={left} />
      <p>Signing out deletes everything of yours from this device, and these with it.</p>
      <div className="conflict-actions">
        <button type="button" className="primary" onClick={onStay}>
          Stay signed in
        </button>
        <button type="button" className="secondary" onClick={onSignOut}>
          Sign out and delete them
        </button>
      </div>
      <FormProblem message={problem} />
    </MessageScreen>
  );
}

/**
 * What would go, said plainly: asked before signing out here, and before signing out everywhere
 * (`SignOutEverywhereSection`), which signs this device out too.
 */
export function LeftOnDeviceWords({ left }: { left: LeftOnDevice }) {
  const { unsent, drafts } = left;
  return (
    <>
      {unsent > 0 ? (
        <p>
          {count(
            unsent,
            "One check-in is saved only on this device.",
            "check-ins are saved only on this device.",
          )}{" "}
          If you stay signed in, {unsent === 1 ? "it" : "they"} will be sent when you're back
          online.
        </p>
      ) : null}
      {drafts > 0 ? (
        <p>
          {count(
            drafts,
            "One thing you were writing isn't saved yet.",
            "things you were writing aren't saved yet.",
          )}{" "}
          If you stay signed in, you can go back to {drafts === 1 ? "it" : "them"} and save.
        </p>
      ) : null}
    </>
  );
}

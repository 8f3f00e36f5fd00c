import { type ReactNode, useEffect, useRef } from "react";

/** What signing out would delete from this device that the server does not hold. */
export interface LeftOnDevice {
  /** Check-ins saved offline and not yet sent. */
  unsent: number;
  /** Words typed on a screen and not yet saved (a thought record, a note, the safety plan). */
  drafts: number;
}

/** Whether signing out must ask first: nothing goes without the person choosing it. */
export const somethingLeft = (left: LeftOnDevice) => left.unsent > 0 || left.drafts > 0;

/**
 * Asked before signing out, here ("Sign out") or everywhere ("Your data"), when it would delete
 * check-ins not yet sent or words not yet saved on this device: what would go, said plainly, and
 * the choice to stay. The same question both ways, so the two cannot drift apart in what they
 * promise.
 */
export function AskBeforeSignOut({
  left,
  question,
  deletes,
  signOutLabel,
  onStay,
  onSignOut,
}: {
  left: LeftOnDevice;
  /**
   * Said first, and it takes focus as it appears: the button pressed has gone, and a keyboard or
   * screen reader is not left on nothing. Left out when the question is a screen of its own,
   * whose heading takes focus.
   */
  question?: ReactNode;
  /** What signing out does to them. */
  deletes: string;
  signOutLabel: string;
  onStay: () => void;
  onSignOut: () => void;
}) {
  const asked = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    asked.current?.focus();
  }, []);
  return (
    <>
      {question !== undefined ? (
        <p ref={asked} tabIndex={-1}>
          {question}
        </p>
      ) : null}
      <LeftOnDeviceWords left={left} />
      <p>{deletes}</p>
      <div className="conflict-actions">
        <button type="button" className="primary" onClick={onStay}>
          Stay signed in
        </button>
        <button type="button" className="secondary" onClick={onSignOut}>
          {signOutLabel}
        </button>
      </div>
    </>
  );
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

function LeftOnDeviceWords({ left }: { left: LeftOnDevice }) {
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

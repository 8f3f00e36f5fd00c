import { useLayoutEffect, useRef, useState } from "react";

interface TurnOffLinkProps {
  /** How the link is named to a screen reader: "the link for Mum, made on 3 December 2026". */
  name: string;
  busy: boolean;
  onConfirm: () => void;
}

/**
 * "Turn off" cannot be undone, so it asks once, in the page (not a browser dialog), and "Keep
 * it" puts everything back as it was, focus included.
 */
export function TurnOffLink({ name, busy, onConfirm }: TurnOffLinkProps) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const turnOff = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useLayoutEffect(() => {
    if (asking) question.current?.focus();
    else if (returnFocus) turnOff.current?.focus();
  }, [asking, returnFocus]);

  if (!asking) {
    return (
      <button
        ref={turnOff}
        type="button"
        className="secondary"
        aria-label={`Turn off ${name}`}
        onClick={() => setAsking(true)}
      >
        Turn off
      </button>
    );
  }
  return (
    <div className="share-confirm">
      <p ref={question} tabIndex={-1}>
        Turn off {name}? Anyone who opens it will see that it is no longer active. It can't be
        turned back on, but you can make a new link at any time.
      </p>
      <div className="step-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {busy ? "Turning off…" : "Yes, turn it off"}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setReturnFocus(true);
            setAsking(false);
          }}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}

import { type MouseEvent, useLayoutEffect, useRef, useState } from "react";
import { focusScreenHeading } from "../components/focus-screen-heading.js";

interface DraftNoticeProps {
  /** What is still here and what saving does, after "Your draft is still here." */
  detail: string;
  onDiscard: () => void;
}

/**
 * Said when a screen opens with words the person typed and did not save, so they know nothing
 * was lost. Letting the draft go asks once more, in place: a tired tap must not erase a
 * paragraph written on a hard night.
 *
 * Each answer takes away the button that was pressed, so focus is placed each time rather than
 * dropped on the page: on the question when it is asked, back on "Discard the draft" after
 * "Keep it", and on the screen's heading once the draft and this notice are gone.
 */
export function DraftNotice({ detail, onDiscard }: DraftNoticeProps) {
  const [asking, setAsking] = useState(false);
  const [kept, setKept] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const discard = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (asking) question.current?.focus();
    else if (kept) discard.current?.focus();
  }, [asking, kept]);

  function letGo(event: MouseEvent<HTMLButtonElement>) {
    // The screen's heading stays as the notice goes: read out, it leads on into what is left.
    focusScreenHeading(event.currentTarget);
    onDiscard();
  }

  return (
    <div className="draft-notice">
      <p>
        <strong>Your draft is still here.</strong> {detail}
      </p>
      {asking ? (
        <p ref={question} tabIndex={-1}>
          Let this draft go for good?{" "}
          <button type="button" className="link-button" onClick={letGo}>
            Yes, discard it
          </button>{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setKept(true);
              setAsking(false);
            }}
          >
            Keep it
          </button>
        </p>
      ) : (
        <button ref={discard} type="button" className="link-button" onClick={() => setAsking(true)}>
          Discard the draft
        </button>
      )}
    </div>
  );
}

import { type MouseEvent, useLayoutEffect, useRef, useState } from "react";
import { focusScreenHeading } from "../components/focus-screen-heading.js";
import { DiscardQuestion } from "./DiscardQuestion.js";

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
  const discard = useRef<HTMLButtonElement>(null);

  // The question focuses itself as it appears; this puts focus back once it goes after "Keep it".
  useLayoutEffect(() => {
    if (!asking && kept) discard.current?.focus();
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
        <DiscardQuestion
          onDiscard={letGo}
          onKeep={() => {
            setKept(true);
            setAsking(false);
          }}
        />
      ) : (
        <button ref={discard} type="button" className="link-button" onClick={() => setAsking(true)}>
          Discard the draft
        </button>
      )}
    </div>
  );
}

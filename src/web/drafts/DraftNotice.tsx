import { useState } from "react";

interface DraftNoticeProps {
  /** What is still here and what saving does, after "Your draft is still here." */
  detail: string;
  onDiscard: () => void;
}

/**
 * Said when a screen opens with words the person typed and did not save, so they know nothing
 * was lost. Letting the draft go asks once more, in place: a tired tap must not erase a
 * paragraph written on a hard night.
 */
export function DraftNotice({ detail, onDiscard }: DraftNoticeProps) {
  const [asking, setAsking] = useState(false);
  return (
    <div className="draft-notice">
      <p>
        <strong>Your draft is still here.</strong> {detail}
      </p>
      {asking ? (
        <p>
          Let this draft go for good?{" "}
          <button type="button" className="link-button" onClick={onDiscard}>
            Yes, discard it
          </button>{" "}
          <button type="button" className="link-button" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" className="link-button" onClick={() => setAsking(true)}>
          Discard the draft
        </button>
      )}
    </div>
  );
}

interface DraftNoticeProps {
  /** What is still here and what saving does, after "Your draft is still here." */
  detail: string;
  onDiscard: () => void;
}

/**
 * Said when a screen opens with words the person typed and did not save, so they know nothing
 * was lost, and can let the draft go in one press.
 */
export function DraftNotice({ detail, onDiscard }: DraftNoticeProps) {
  return (
    <div className="draft-notice">
      <p>
        <strong>Your draft is still here.</strong> {detail}
      </p>
      <button type="button" className="link-button" onClick={onDiscard}>
        Discard the draft
      </button>
    </div>
  );
}

import { type RefObject, useState } from "react";
import { type CardWords, cardAsMessage } from "../../../core/shares/card-message.js";
import { CopyButton, ShareButton } from "../circle/CopyShare.js";

interface MadeLinkProps {
  /** The link's full address. */
  url: string;
  /** What the card says, for "Copy as a message". */
  words: CardWords;
  /** False when the link opens on this computer alone. */
  reachesOthers: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/**
 * The one moment a link is shown. Where it can reach the other person, the link leads; where it
 * cannot, the card's words as a message lead, and the link stays folded away for this computer.
 */
export function MadeLink({ url, words, reachesOthers, headingRef, onDone }: MadeLinkProps) {
  const [status, setStatus] = useState("");
  const message = cardAsMessage(words);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied.");
    } catch {
      setStatus("Copying didn't work here. You can select the link and copy it yourself.");
    }
  }

  const linkField = (
    <div className="field">
      <label htmlFor="share-link">Link to share</label>
      <input
        id="share-link"
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.target.select()}
      />
    </div>
  );

  return (
    <section className="share-made" aria-labelledby="made-heading">
      <h2 id="made-heading" ref={headingRef} tabIndex={-1}>
        Your link is ready
      </h2>
      {reachesOthers ? (
        <>
          <p>
            Copy it now: for your privacy, we keep only a fingerprint of it and can't show it again.
          </p>
          {linkField}
          <div className="step-actions">
            <button type="button" className="primary" onClick={() => void copyLink()}>
              Copy link
            </button>
            <ShareButton text="How I'm doing this week" url={url} label="Share the link" />
          </div>
          <p role="status" className="status">
            {status}
          </p>
          <p className="hint">Or send the card's words themselves:</p>
          <div className="step-actions">
            <CopyButton text={message} label="Copy as a message" />
          </div>
        </>
      ) : (
        <>
          <p>
            This link won't open on another phone: Reconnect can only be reached from this computer.
            Send your card's words instead, in any messenger.
          </p>
          <p className="draft message-preview">{message}</p>
          <div className="step-actions">
            <CopyButton text={message} label="Copy as a message" />
            <ShareButton text={message} label="Share the words" />
          </div>
          <details className="more">
            <summary>The link, for this computer only</summary>
            {linkField}
            <button type="button" className="secondary" onClick={() => void copyLink()}>
              Copy link
            </button>
            <p role="status" className="status">
              {status}
            </p>
          </details>
        </>
      )}
      <div className="step-actions">
        <button type="button" className="secondary" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

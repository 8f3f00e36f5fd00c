import { useState } from "react";

/**
 * What a bare "Copy" or "Share" is heard as: the word seen, then who the words are for, then the
 * words it hands on. A circle holds many such buttons, and with a screen reader each was only
 * "Copy", so nobody moving from one to the next could tell which words it meant; and the same
 * idea ("Love this.") is offered for every person, so the words alone still repeat from card to
 * card. A button given its own label says enough.
 */
function heardAs(action: string, text: string, person: string | undefined): string {
  return `${action}${person === undefined ? "" : ` for ${person}`}: “${text}”`;
}

/** Copies text to the clipboard and says so; Reconnect itself never sends anything. */
export function CopyButton({
  text,
  label,
  person,
}: {
  text: string;
  label?: string;
  /** Who the words are meant for, when they are a message to someone in the circle. */
  person?: string;
}) {
  const [said, setSaid] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid("Copied. Paste it wherever you message them.");
    } catch {
      setSaid("Copying didn't work here. You can select the words and copy them yourself.");
    }
  }
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-label={label === undefined ? heardAs("Copy", text, person) : undefined}
        onClick={() => void copy()}
      >
        {label ?? "Copy"}
      </button>
      <span role="status" className="hint">
        {said}
      </span>
    </>
  );
}

/** Hands text (and a link, when there is one) to the device's share sheet, where there is one. */
export function ShareButton({
  text,
  url,
  label,
  person,
}: {
  text: string;
  url?: string | undefined;
  label?: string;
  /** Who the words are meant for, when they are a message to someone in the circle. */
  person?: string;
}) {
  if (typeof navigator.share !== "function") return null;
  return (
    <button
      type="button"
      className="secondary"
      aria-label={label === undefined ? heardAs("Share", text, person) : undefined}
      onClick={() => {
        // A closed share sheet rejects; that is the person choosing, not an error to show.
        navigator.share(url === undefined ? { text } : { text, url }).catch(() => undefined);
      }}
    >
      {label ?? "Share"}
    </button>
  );
}

import { useState } from "react";

/** Copies text to the clipboard and says so; Reconnect itself never sends anything. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
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
      <button type="button" className="secondary" onClick={() => void copy()}>
        {label}
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
  label = "Share",
}: {
  text: string;
  url?: string | undefined;
  label?: string;
}) {
  if (typeof navigator.share !== "function") return null;
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => {
        // A closed share sheet rejects; that is the person choosing, not an error to show.
        navigator.share(url === undefined ? { text } : { text, url }).catch(() => undefined);
      }}
    >
      {label}
    </button>
  );
}

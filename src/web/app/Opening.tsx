import { MessageScreen } from "../components/MessageScreen.js";

/** What shows while a screen's own file is on its way. */
export function Opening({ what }: { what: string }) {
  return (
    <MessageScreen title="Just a moment">
      <p>Opening your {what}…</p>
    </MessageScreen>
  );
}

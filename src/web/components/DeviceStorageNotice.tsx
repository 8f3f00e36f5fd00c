import { useState } from "react";
import { useStorageProblem } from "../app/device-storage.js";
import { focusScreenHeading } from "./focus-screen-heading.js";

/** Said once when the device's storage refuses Reconnect: what still works, and what does not. */
export function DeviceStorageNotice() {
  const failing = useStorageProblem();
  const [closed, setClosed] = useState(false);
  if (!failing || closed) return null;
  return (
    <section className="device-notice" aria-label="This device's storage">
      <p>
        This browser isn't letting Reconnect keep anything on this device right now (its storage may
        be full, or turned off for this site). Reconnect still works: what you save goes to
        Reconnect as usual, and help is one tap away. Typing you haven't saved can't be kept here,
        so save before you close the page.
      </p>
      <button
        type="button"
        className="secondary"
        onClick={(event) => {
          // The notice goes with this button: focus goes on to the screen's heading below it.
          focusScreenHeading(event.currentTarget);
          setClosed(true);
        }}
      >
        Got it
      </button>
    </section>
  );
}

import { useEffect, useState } from "react";
import { focusScreenHeading } from "../../components/focus-screen-heading.js";
import { visitShowsHint } from "./install-hint.js";
import {
  installOffer,
  onInstallOfferChange,
  promptInstall,
  runsInstalled,
} from "./install-prompt.js";

function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// Decided once per page load, so redrawing the screen (or moving away and back) neither counts
// another visit nor changes the answer. Closing the hint closes it for the rest of the visit.
let decided: boolean | undefined;

function showsThisVisit(): boolean {
  decided ??= !runsInstalled() && visitShowsHint(deviceStorage(), Date.now());
  return decided;
}

/**
 * A quiet suggestion to keep Reconnect on the home screen: never before the third visit, at most
 * once a week, on this device. With the browser's own offer it is one button; without it, the
 * words for doing it by hand.
 */
export function InstallHint() {
  const [shown, setShown] = useState(showsThisVisit);
  const [canPrompt, setCanPrompt] = useState(() => installOffer() !== undefined);

  useEffect(() => onInstallOfferChange(() => setCanPrompt(installOffer() !== undefined)), []);

  if (!shown) return null;

  function close() {
    decided = false;
    setShown(false);
  }

  async function install(button: HTMLButtonElement) {
    await promptInstall();
    focusScreenHeading(button);
    close();
  }

  return (
    <aside className="gentle-note" aria-label="Keep Reconnect on your home screen">
      {canPrompt ? (
        <p>
          You can keep Reconnect on this device like an app, one tap from your home screen. It opens
          even with no signal, crisis help included.
        </p>
      ) : (
        <p>
          You can keep Reconnect on your home screen: in your browser's menu, choose “Add to Home
          screen” or “Install app” (on an iPhone, tap Share, then “Add to Home Screen”). It opens
          even with no signal, crisis help included.
        </p>
      )}
      {canPrompt ? (
        <button
          type="button"
          className="secondary"
          onClick={(event) => void install(event.currentTarget)}
        >
          Add to home screen
        </button>
      ) : null}
      <button
        type="button"
        className="link-button"
        onClick={(event) => {
          // The hint goes with this button: focus goes to the screen's heading, not to the page.
          focusScreenHeading(event.currentTarget);
          close();
        }}
      >
        Not now
      </button>
    </aside>
  );
}

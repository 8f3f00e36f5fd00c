/** Chromium's offer to install, which it hands to the page rather than showing its own banner. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

let offered: BeforeInstallPromptEvent | undefined;
const listeners = new Set<() => void>();

function isPromptEvent(event: Event): event is BeforeInstallPromptEvent {
  return "prompt" in event && typeof event.prompt === "function";
}

// Listened for as this module loads, with the check-in screen: Chromium offers once, early.
// Its own banner is held back so the app's hint, at most once a week, is the only one.
if (typeof window !== "undefined") {
  window.addEventListener("beforeinstallprompt", (event) => {
    if (!isPromptEvent(event)) return;
    event.preventDefault();
    offered = event;
    for (const listener of listeners) listener();
  });
  window.addEventListener("appinstalled", () => {
    offered = undefined;
    for (const listener of listeners) listener();
  });
}

/** The browser's install offer, if it made one and it has not been used. */
export function installOffer(): BeforeInstallPromptEvent | undefined {
  return offered;
}

/** Asks the browser to install; each offer can be used once. */
export async function promptInstall(): Promise<"accepted" | "dismissed" | "unavailable"> {
  const offer = offered;
  if (!offer) return "unavailable";
  offered = undefined;
  await offer.prompt();
  return (await offer.userChoice).outcome;
}

export function onInstallOfferChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Already opened from the home screen, or installed: then there is nothing to suggest. */
export function runsInstalled(): boolean {
  try {
    return (
      window.matchMedia("(display-mode: standalone)").matches ||
      Reflect.get(navigator, "standalone") === true
    );
  } catch {
    return false;
  }
}

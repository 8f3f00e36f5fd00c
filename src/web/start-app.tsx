import "./zod-config.js";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import { checkDeviceStorage } from "./app/device-storage.js";
import { setRunningRelease } from "./app/release.js";
import { registerServiceWorker } from "./pwa/register.js";

/** Renders the app over the page's static frame; `entryScriptPath` is the page's entry's path. */
export function startApp(entryScriptPath: string): void {
  // The entry's path names the release this page runs (the server names the one it serves).
  setRunningRelease(entryScriptPath);

  // Before the first render, so a device that keeps nothing is said at once, not after a failure.
  checkDeviceStorage();

  const root = document.getElementById("root");
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }

  registerServiceWorker();
}

import { navigate } from "../app/router.js";
import { openRequest } from "./notification-target.js";

/**
 * Starts the service worker that keeps the app and the crisis page on the device. Asked for once
 * the page has loaded, so installing never competes with the first paint. Browsers allow it only
 * on https and on this computer's own addresses; anywhere else the app works as before, online.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  // A reminder clicked while this window is open: the worker asks it to show the reminder's screen.
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent<unknown>) => {
    const path = openRequest(event.data);
    if (path !== null && path !== window.location.pathname) navigate(path);
  });
  const register = () => {
    // A refusal (private mode, full storage) leaves the app as it was: online only.
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

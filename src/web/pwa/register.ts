/**
 * Starts the service worker that keeps the app and the crisis page on the device. Asked for once
 * the page has loaded, so installing never competes with the first paint. Browsers allow it only
 * on https and on this computer's own addresses; anywhere else the app works as before, online.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const register = () => {
    // A refusal (private mode, full storage) leaves the app as it was: online only.
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

/**
 * Notifications the person allowed, shown by this page itself: no push service, nothing sent
 * anywhere. They can appear only while Reconnect is open (a tab or the installed app).
 */
import { type NotificationAccess, notificationAccess } from "./notification-access.js";

/**
 * Asks the browser, and only when the person has just turned a reminder on: a permission prompt
 * out of the blue is one more thing to refuse. A browser that already answered is not asked again.
 */
export async function askForNotifications(): Promise<NotificationAccess> {
  const access = notificationAccess();
  if (access !== "default") return access;
  try {
    return await Notification.requestPermission();
  } catch {
    return notificationAccess();
  }
}

/**
 * Shows one notification. The `tag` replaces an earlier one with the same tag rather than piling
 * up. Phones allow notifications only through the service worker, so that is the way used when
 * the page's own constructor is refused.
 */
export async function showNotification(tag: string, title: string, body: string): Promise<void> {
  if (notificationAccess() !== "granted") return;
  const options = { body, tag, icon: "/icons/icon-192.png", lang: "en" };
  try {
    const shown = new Notification(title, options);
    shown.onclick = () => {
      window.focus();
      shown.close();
    };
    return;
  } catch {
    // Android Chrome refuses the constructor; the worker can show it instead.
  }
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    await registration?.showNotification(title, options);
  } catch {
    // Nowhere to show it: a reminder is never worth an error on screen.
  }
}

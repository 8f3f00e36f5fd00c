/**
 * Notifications the person allowed, shown by this page itself: no push service, nothing sent
 * anywhere. They can appear only while Reconnect is open (a tab or the installed app).
 */
import { navigate } from "../app/router.js";
import { notificationData, type REMINDER_PATHS } from "../pwa/notification-target.js";
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
 * the page's own constructor is refused; its click handler opens the same screen (see sw.ts).
 */
export async function showNotification(
  kind: keyof typeof REMINDER_PATHS,
  tag: string,
  title: string,
  body: string,
): Promise<void> {
  if (notificationAccess() !== "granted") return;
  const data = notificationData(kind);
  const options = { body, tag, data, icon: "/icons/icon-192.png", lang: "en" };
  try {
    const shown = new Notification(title, options);
    // The reminder's screen: today's check-in, or the plan holding the step.
    shown.onclick = () => {
      window.focus();
      shown.close();
      if (window.location.pathname !== data.path) navigate(data.path);
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

import { useEffect } from "react";
import { notificationAccess } from "./notification-access.js";
import { REMINDERS_CHANGED } from "./reminder-events.js";

/**
 * Runs the reminder notifier while someone is signed in and this browser allows notifications.
 * Its code loads only then, so a person without reminders never fetches it.
 */
export function useReminderNotifier(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    let stop: (() => void) | undefined;
    const start = () => {
      if (stop !== undefined || notificationAccess() !== "granted") return;
      stop = () => undefined;
      import("./reminder-notifier.js").then(
        (m) => {
          if (live) stop = m.startReminderNotifier();
        },
        () => {
          // The chunk could not load (offline, say): a later change tries again.
          stop = undefined;
        },
      );
    };
    start();
    window.addEventListener(REMINDERS_CHANGED, start);
    return () => {
      live = false;
      window.removeEventListener(REMINDERS_CHANGED, start);
      stop?.();
    };
  }, [signedIn]);
}

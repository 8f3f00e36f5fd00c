/**
 * Said on this window when the person saves new reminder settings, so the notifier picks them up
 * at once. Its own file, so the check-in screen's script carries the name and nothing more.
 */
export const REMINDERS_CHANGED = "reconnect:reminders-changed";

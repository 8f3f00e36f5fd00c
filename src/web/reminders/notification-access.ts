/** Whether this browser shows Reconnect's notifications; its own file, as the app shell reads it. */
export type NotificationAccess = "granted" | "denied" | "default" | "unsupported";

export function notificationAccess(): NotificationAccess {
  return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}

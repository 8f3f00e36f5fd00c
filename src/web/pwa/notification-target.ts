/**
 * Where a reminder's notification leads when it is clicked, and which open window goes there.
 * Pure, so the service worker's click handler and the page share one rule and it can be tested
 * without a browser.
 */

/** The screen each kind of reminder is about: today's check-in, or the plan holding the step. */
export const REMINDER_PATHS = { checkin: "/", step: "/plan" } as const;

type ReminderPath = (typeof REMINDER_PATHS)[keyof typeof REMINDER_PATHS];

const KNOWN: readonly string[] = Object.values(REMINDER_PATHS);

/** What a notification carries: only the screen to open, nothing of the person's. */
export interface NotificationData {
  path: ReminderPath;
}

export function notificationData(kind: keyof typeof REMINDER_PATHS): NotificationData {
  return { path: REMINDER_PATHS[kind] };
}

/**
 * The path a clicked notification opens. Anything but one of the app's own reminder screens
 * (a notification from an older release, or data that is not ours) opens today's check-in.
 */
export function notificationPath(data: unknown): string {
  if (typeof data === "object" && data !== null && "path" in data) {
    const { path } = data;
    if (typeof path === "string" && KNOWN.includes(path)) return path;
  }
  return REMINDER_PATHS.checkin;
}

/** The server's own pages: a window on one of them has no app in it to move. */
const SERVER_PAGES = [/^\/crisis/, /^\/support/, /^\/s\//, /^\/api\//];

/**
 * The open window to use for `path`, among windows at `urls` (the worker's clients, in the order
 * it lists them), or null to open a new one: one opened at that screen first, then any window with
 * the app in it. The worker then asks the window to show the screen, and the window does so only
 * if it is not there already: a window's url as the worker sees it is where it was opened, not
 * where the app has since moved it. The app keeps drafts as they are typed, so a move loses
 * nothing. A window on the crisis page is never taken away from it: help someone is reading stays.
 */
export function windowFor(urls: readonly string[], origin: string, path: string): number | null {
  const places = urls.map((url) => {
    try {
      const parsed = new URL(url);
      return parsed.origin === origin ? parsed.pathname : null;
    } catch {
      return null;
    }
  });
  const there = places.indexOf(path);
  if (there !== -1) return there;
  const app = places.findIndex(
    (place) => place !== null && !SERVER_PAGES.some((page) => page.test(place)),
  );
  return app === -1 ? null : app;
}

/** The message the worker sends a window to move it to a reminder's screen. */
export const OPEN_MESSAGE = "reconnect:open";

export function openMessage(path: string): { type: typeof OPEN_MESSAGE; path: string } {
  return { type: OPEN_MESSAGE, path };
}

/** The path in a message from the worker, when it is one asking to open a reminder's screen. */
export function openRequest(data: unknown): string | null {
  if (typeof data !== "object" || data === null || !("type" in data) || !("path" in data)) {
    return null;
  }
  return data.type === OPEN_MESSAGE && typeof data.path === "string"
    ? notificationPath({ path: data.path })
    : null;
}

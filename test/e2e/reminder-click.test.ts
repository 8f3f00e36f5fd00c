import type { Page, Worker } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { PlanPage } from "./pages/PlanPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** What the journey uses of the worker's scope (the project's types are the page's). */
interface WorkerScope {
  registration: ServiceWorkerRegistration;
  dispatchEvent(event: Event): boolean;
}
type NotificationEventType = new (type: string, init: { notification: Notification }) => Event;

/** The app's service worker, once it controls the page. */
async function controllingWorker(page: Page): Promise<Worker> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const worker = page.context().serviceWorkers()[0];
  return worker ?? page.context().waitForEvent("serviceworker");
}

/**
 * Shows a reminder through the worker, as a phone does, and clicks it from inside the worker:
 * headless Chromium has no notification to click, so the worker is handed the same event the
 * browser would give it. Returns the notification's data as the worker saw it.
 */
async function clickReminder(page: Page, worker: Worker, data: unknown): Promise<unknown> {
  await page.evaluate(async (data) => {
    const registration = await navigator.serviceWorker.ready;
    await registration.showNotification("A gentle nudge", { tag: "e2e", data });
  }, data);
  return worker.evaluate(async () => {
    const scope = self as unknown as WorkerScope;
    const [shown] = await scope.registration.getNotifications({ tag: "e2e" });
    if (shown === undefined) throw new Error("The notification was not shown.");
    const NotificationEvent = Reflect.get(self, "NotificationEvent") as NotificationEventType;
    scope.dispatchEvent(new NotificationEvent("notificationclick", { notification: shown }));
    return shown.data as unknown;
  });
}

describe.skipIf(browserUnavailable())("clicking a reminder", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("brings the open window to the reminder's screen, keeping what was typed", async () => {
    const { page, context } = journey;
    await context.grantPermissions(["notifications"]);
    await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    const worker = await controllingWorker(page);
    // Halfway through a check-in when the step's reminder comes.
    await checkin.pick("Mood", 3);

    // A planned step's reminder opens the plan, in this same window (no second copy of the app).
    expect(await clickReminder(page, worker, { path: "/plan" })).toEqual({ path: "/plan" });
    await page.waitForURL(/\/plan$/);
    await new PlanPage(page).waitUntilShown();
    expect(context.pages()).toHaveLength(1);

    // The daily check-in's reminder opens today's check-in, with the answer given before.
    await clickReminder(page, worker, { path: "/" });
    await page.waitForURL((url) => url.pathname === "/");
    await checkin.waitUntilToday();
    await checkin.draftNotice.waitFor();
    expect(await checkin.chosen("Mood")).toBe(3);
    expect(context.pages()).toHaveLength(1);
    // The notification is gone once clicked.
    const left = await worker.evaluate(
      async () => (await (self as unknown as WorkerScope).registration.getNotifications()).length,
    );
    expect(left).toBe(0);
  });
});

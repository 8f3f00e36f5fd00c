import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { PlanPage } from "./pages/PlanPage.js";
import { RemindersSection } from "./pages/RemindersSection.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** What the page asked of the browser's notifications, recorded by a stand-in for the API. */
interface NotificationLog {
  asked: number;
  shown: { title: string; body: string; tag: string }[];
}

describe.skipIf(browserUnavailable())("reminders that never shame", () => {
  // Far from the server's own zone, so a time that followed UTC instead of the person would show.
  const journey = useJourney({
    viewport: { width: 390, height: 844 },
    reducedMotion: "reduce",
    timezoneId: "Pacific/Auckland",
  });
  const signIn = ownerSignIn(journey);

  it("sets a daily time, sees it with its alarm in the calendar feed, and is nudged at that time", async () => {
    const { page, context } = journey;
    // The notifications API, standing in for the browser's so the journey can see what would
    // have appeared: permission starts unasked, as in a fresh browser.
    await context.addInitScript(() => {
      const log = { asked: 0, shown: [] as { title: string; body: string; tag: string }[] };
      let permission: NotificationPermission = "default";
      class RecordedNotification {
        static get permission() {
          return permission;
        }
        static async requestPermission() {
          log.asked += 1;
          permission = "granted";
          return permission;
        }
        onclick: (() => void) | null = null;
        constructor(title: string, options: NotificationOptions = {}) {
          log.shown.push({ title, body: options.body ?? "", tag: options.tag ?? "" });
        }
        close() {}
      }
      Object.assign(window, { Notification: RecordedNotification, notificationLog: log });
    });
    // 20:20 in Auckland, on the browser's clock.
    await page.clock.install({ time: new Date("2026-12-03T20:20:00+13:00") });
    const notifications = () =>
      page.evaluate(() => Reflect.get(window, "notificationLog") as NotificationLog);

    await signIn("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    const reminders = new RemindersSection(page);
    await reminders.waitUntilReady();
    // Off until chosen, and nothing asked of the browser just for opening the screen.
    await expect(reminders.daily.isChecked()).resolves.toBe(false);
    await expect(reminders.steps.isChecked()).resolves.toBe(false);
    expect((await notifications()).asked).toBe(0);

    await reminders.chooseDaily("20:30");
    await reminders.chooseSteps("10 minutes before");
    await reminders.save.click();
    await reminders.status
      .getByText(
        "Reminders saved. They also come as notifications on this device while Reconnect is open.",
      )
      .waitFor();
    expect((await notifications()).asked).toBe(1);
    expect(await violations(page)).toEqual([]);

    // The feed, read back by ical.js: one entry every day at 20:30 on the person's own clock
    // (floating, no zone), with a display alarm at its start in warm words.
    const url = await reminders.makeCalendarLink();
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    const daily = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents("vevent")
      .find((event) => String(event.getFirstPropertyValue("uid")).startsWith("checkin-"));
    if (!daily) throw new Error("The feed has no daily check-in entry.");
    const event = new ICAL.Event(daily);
    expect(event.startDate.toString()).toMatch(/^\d{4}-\d{2}-\d{2}T20:30:00$/);
    expect(event.startDate.zone).toBe(ICAL.Timezone.localTimezone);
    expect(String(daily.getFirstPropertyValue("rrule"))).toBe("FREQ=DAILY");
    const alarms = daily.getAllSubcomponents("valarm").map((alarm) => ({
      action: alarm.getFirstPropertyValue("action"),
      trigger: String(alarm.getFirstPropertyValue("trigger")),
      description: alarm.getFirstPropertyValue("description"),
    }));
    expect(alarms).toEqual([
      {
        action: "DISPLAY",
        trigger: "PT0S",
        description: "A minute for yourself? Today's check-in is here when you want it.",
      },
    ]);

    // While the app is open, the nudge arrives when 20:30 comes round here, not before.
    await page.clock.runFor("05:00");
    expect((await notifications()).shown).toEqual([]);
    await page.clock.runFor("06:00");
    // Shown once the page has heard that today has no check-in yet, a real request away.
    await page.waitForFunction(
      () => (Reflect.get(window, "notificationLog") as NotificationLog).shown.length > 0,
    );
    expect((await notifications()).shown).toEqual([
      {
        title: "Check-in, whenever suits you",
        body: "A minute for yourself? Today's check-in is here when you want it.",
        tag: "checkin:2026-12-03",
      },
    ]);

    // Kept on the server: a fresh load shows what was chosen.
    await page.reload();
    await plan.waitUntilShown();
    await reminders.waitUntilReady();
    await expect(reminders.daily.isChecked()).resolves.toBe(true);
    await expect(reminders.time.inputValue()).resolves.toBe("20:30");
    await expect(reminders.howEarly.inputValue()).resolves.toBe("10");
    expect(await violations(page)).toEqual([]);
  });

  it("saves the times even when the browser's question about notifications is never answered", async () => {
    const { page, context } = journey;
    // A prompt dismissed or never drawn (a headless browser, a phone that hid it): no answer.
    await context.addInitScript(() => {
      const unanswered = {
        permission: "default" as NotificationPermission,
        requestPermission: () => new Promise<NotificationPermission>(() => {}),
      };
      Object.assign(window, { Notification: unanswered });
    });
    await signIn("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    const reminders = new RemindersSection(page);
    await reminders.waitUntilReady();
    await reminders.chooseDaily("07:45");
    await reminders.save.click();
    await reminders.status.getByText("Reminders saved.").waitFor();
    const saved = await page.request.get(`${journey.server.baseUrl}/api/reminders`);
    expect((await saved.json()).checkinTime).toBe("07:45");
  });
});

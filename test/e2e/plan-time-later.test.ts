import ICAL from "ical.js";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { planFromThought } from "./pages/NextStepPanel.js";
import { RemindersSection } from "./pages/RemindersSection.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const STEP = "Send Alex one line";

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement);

/**
 * A step planned from a thought record comes with no time, so its reminder could never go off:
 * step reminders and calendar alarms are for steps at a time. Now the week lets it have one.
 */
describe.skipIf(browserUnavailable())("giving a planned step a time later, on a phone", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("adds a time by keyboard, says it, and the calendar gets the step with its alarm", async () => {
    const page = await signIn("/thoughts/new");
    const plan = await planFromThought(page, STEP);
    const step = plan.plan.filter({ hasText: STEP });
    await step.getByText("Today, sometime that day").waitFor();

    // Step reminders on, so a step at a time gets its alarm in the feed.
    const reminders = new RemindersSection(page);
    await reminders.waitUntilReady();
    await reminders.chooseSteps("10 minutes before");
    await reminders.save.click();
    await reminders.status.getByText("Reminders saved", { exact: false }).waitFor();

    // By keyboard: the button opens the time field with focus in it; Save says the new time.
    const add = step.getByRole("button", { name: `Add a time: ${STEP}` });
    await add.focus();
    await page.keyboard.press("Enter");
    const time = step.getByLabel("What time? (leave empty for sometime that day)");
    await expect(isFocused(time)).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);
    await time.fill("18:30");
    await step.getByRole("button", { name: `Save time: ${STEP}` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `${STEP} is now at 18:30 today.` })
      .waitFor();
    await step.getByText("Today at 18:30").waitFor();
    const change = step.getByRole("button", { name: `Change time: ${STEP}` });
    await expect(isFocused(change)).resolves.toBe(true);

    // Cancel leaves the time as it was and gives the keyboard back to the button.
    await change.click();
    await step.getByRole("button", { name: "Cancel" }).click();
    await expect(isFocused(change)).resolves.toBe(true);
    await step.getByText("Today at 18:30").waitFor();
    expect(await violations(page)).toEqual([]);

    // The calendar feed, read back by ical.js: the step at 18:30, its alarm 10 minutes before.
    const link = await reminders.makeCalendarLink();
    const feed = await page.request.get(link);
    expect(feed.status()).toBe(200);
    const entry = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents("vevent")
      .find((event) => event.getFirstPropertyValue("summary") === STEP);
    if (!entry) throw new Error("The feed has no entry for the step.");
    expect(new ICAL.Event(entry).startDate.toString()).toMatch(/^\d{4}-\d{2}-\d{2}T18:30:00$/);
    const alarms = entry.getAllSubcomponents("valarm").map((alarm) => ({
      action: alarm.getFirstPropertyValue("action"),
      trigger: String(alarm.getFirstPropertyValue("trigger")),
      description: alarm.getFirstPropertyValue("description"),
    }));
    expect(alarms).toEqual([
      {
        action: "DISPLAY",
        trigger: "-PT10M",
        description: `Coming up, if it still suits you: ${STEP}.`,
      },
    ]);
  });
});

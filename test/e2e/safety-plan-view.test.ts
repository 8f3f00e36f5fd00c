import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { SafetyPlanPage, saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import {
  controlledByTheWorker,
  interceptPastTheWorker,
  refuseWithTheWorkerInCharge,
} from "./support/held-requests.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { reloadInTheWorkersCharge } from "./support/offline-device.js";
import { createOwner } from "./support/server.js";

const PHONE = { width: 390, height: 844 };

let ownerMade = false;
async function openPlan(journey: Journey): Promise<SafetyPlanPage> {
  const { page, server } = journey;
  if (!ownerMade) {
    await createOwner(server.baseUrl, OWNER);
    ownerMade = true;
  }
  await openPage(page, server.baseUrl);
  const signIn = new SignInPage(page);
  await signIn.waitUntilShown();
  await signIn.signIn(OWNER.username, OWNER.password);
  await new CheckinPage(page).waitUntilToday();
  const plan = new SafetyPlanPage(page);
  await plan.planLink.click();
  await plan.waitForHeading("My safety plan");
  return plan;
}

/** Whether the page scrolls sideways: a box cut off at phone width would make it. */
function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

describe.skipIf(browserUnavailable())(
  "the safety plan, kept as it is written and ready to act on",
  () => {
    const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });

    it("keeps every entry typed when the person taps 'Get help now' straight away, and when saving fails", async () => {
      const { page } = journey;
      let plan = await openPlan(journey);
      expect(await saveSafetyPlan(page)).toBe(200);
      await page.reload();
      plan = new SafetyPlanPage(page);
      await plan.waitUntilShown();

      // Typed, and away to help before the pause after which it saves.
      await plan.add("My warning signs", "I stop answering messages");
      await plan.add("People I can ask for help", "My sister Lena, 07700 900456");
      await Promise.all([page.waitForURL(/\/crisis(\?from=[^&]*)?$/), plan.helpLink.click()]);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.goBack();
      await plan.waitForHeading("My safety plan");
      // Whether the save landed before leaving or is finished on return, every word is there.
      await plan.status.filter({ hasText: /Saved\./ }).waitFor();
      // In the worker's charge once loaded, for the part with no server below.
      await reloadInTheWorkersCharge(page);
      await plan.waitUntilViewed();
      expect(await plan.shown("My warning signs")).toEqual(["I stop answering messages"]);
      expect(await plan.shown("People I can ask for help")).toEqual([
        "My sister Lena, 07700 900456",
      ]);

      // Now the server cannot be reached: the words stay on the device, and the screen says so.
      // The worker is in charge by now, so help, Back and the reload below are its to answer, as
      // in a person's browser.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await plan.edit();
      // Refused with the worker in charge, for as long as help, Back and the reload take: the
      // screen sends the draft on its own whenever the server answers, so the refusal cannot end
      // before them.
      const refuseSaves = () => refuseWithTheWorkerInCharge(page, "*/api/safety-plan", "PUT");
      let refusing = await refuseSaves();
      await plan.add("My reasons for living", "My cat, Miso");
      await plan.status.filter({ hasText: "Not saved yet — kept on this device" }).waitFor();
      expect(await plan.values("My reasons for living")).toEqual(["My cat, Miso"]);
      await Promise.all([page.waitForURL(/\/crisis(\?from=[^&]*)?$/), plan.helpLink.click()]);
      await page.goBack();
      await plan.waitUntilShown();
      expect(await controlledByTheWorker(page)).toBe(true);
      expect(await plan.values("My reasons for living")).toEqual(["My cat, Miso"]);
      // Said in full near the top of the form; the line pinned at the bottom only sums it up.
      await plan.notice.filter({ hasText: "Your draft is still here" }).waitFor();
      // Even a fresh load, the worker's to answer, finds it from the device while the server is
      // still out of reach.
      await page.reload();
      await plan.waitUntilShown();
      expect(await controlledByTheWorker(page)).toBe(true);
      await plan.notice.filter({ hasText: "Your draft is still here" }).waitFor();
      expect(await plan.values("My reasons for living")).toEqual(["My cat, Miso"]);
      expect(await plan.values("My warning signs")).toEqual(["I stop answering messages"]);
      // Every save sent meanwhile was refused, none let through by the worker: the server still
      // holds the plan without the new words (a save that got through would have been answered
      // "Saved" and the draft let go).
      expect(refusing.refused()).toBeGreaterThan(0);
      await refusing.stop();
      // Save pressed with no network at all: one calm line that it is kept and goes by itself,
      // never a red alert that something "can't load".
      await journey.context.setOffline(true);
      await plan.saveButton.click();
      await plan.status.filter({ hasText: "Not saved yet — kept on this device" }).waitFor();
      await page.getByText("What you wrote saves by itself once you're back online.").waitFor();
      expect(await page.getByText(/can't load/).count()).toBe(0);
      expect(await page.locator("main [role=alert]").count()).toBe(0);
      expect(await plan.values("My reasons for living")).toEqual(["My cat, Miso"]);
      // Back online, the screen tries again by itself (still refused here); a "Try saving again"
      // pressed while that try is on its way would be folded into it, so it is awaited first.
      refusing = await refuseSaves();
      await journey.context.setOffline(false);
      await page.getByText("We couldn't reach Reconnect just now.").waitFor();
      await refusing.stop();
      await page.getByRole("button", { name: "Try saving again" }).click();
      // Saved once the server answers again, and the device copy is gone.
      await plan.waitForAutosave();
      expect(
        await page.evaluate(() =>
          Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
        ),
      ).toEqual([]);
      await page.reload();
      // Through the worker again, as a person's browser loads it, now that nothing is refused.
      expect(await controlledByTheWorker(page)).toBe(true);
      await plan.waitUntilViewed();
      expect(await plan.shown("My reasons for living")).toEqual(["My cat, Miso"]);
    });

    it("keeps an unsaved draft on the device under the signed-in person's own key and the drafts' shared prefix", async () => {
      const { page } = journey;
      const plan = await openPlan(journey);
      // Past the service worker, which would let a save through at times.
      const stopRefusing = await interceptPastTheWorker(page, "**/api/safety-plan", (request) =>
        request.method === "PUT" ? request.fail() : request.continue(),
      );
      await plan.editWhenLoaded();
      await plan.add("Things I can do on my own", "A hot shower");
      await plan.status.filter({ hasText: "Not saved yet — kept on this device" }).waitFor();
      const keys = await page.evaluate(() =>
        Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
      );
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatch(/^reconnect:draft:safety-plan:.+/);
      // Refused until the draft was seen on the device: an answering server would take it.
      await stopRefusing();
    });

    it("puts Tab on the next entry, not on Remove, and a removed entry comes back with Undo", async () => {
      const { page } = journey;
      let plan = await openPlan(journey);
      expect(await saveSafetyPlan(page)).toBe(200);
      await page.reload();
      plan = new SafetyPlanPage(page);
      await plan.waitUntilShown();

      await plan.add("My warning signs", "I stop answering messages");
      await plan.add("My warning signs", "I cancel plans at the last minute");
      // From a box, Tab goes to the next box, then to "Add another": nothing there erases words.
      await plan.entries("My warning signs").first().focus();
      await page.keyboard.press("Tab");
      expect(
        await plan
          .entries("My warning signs")
          .nth(1)
          .evaluate((box) => box === document.activeElement),
      ).toBe(true);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(
        /^Add another/,
      );

      // Removing is its own choice, by keyboard alone, and Undo puts the words back in place.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(
        /^Remove an entry/,
      );
      await page.keyboard.press("Enter");
      const step = plan.step("My warning signs");
      await step.getByRole("button", { name: "Remove warning sign 1" }).click();
      const undo = step.getByRole("button", { name: "Undo" });
      await undo.waitFor();
      expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await step.textContent()).toContain("Removed “I stop answering messages”.");
      expect(await plan.values("My warning signs")).toEqual(["I cancel plans at the last minute"]);
      await page.keyboard.press("Enter");
      expect(await plan.values("My warning signs")).toEqual([
        "I stop answering messages",
        "I cancel plans at the last minute",
      ]);
      expect(
        await plan
          .entries("My warning signs")
          .first()
          .evaluate((box) => box === document.activeElement),
      ).toBe(true);
      expect(await undo.count()).toBe(0);
      await plan.waitForAutosave();
      await page.reload();
      await plan.waitUntilViewed();
      expect(await plan.shown("My warning signs")).toEqual([
        "I stop answering messages",
        "I cancel plans at the last minute",
      ]);
    });

    it("wraps long entries at phone width, with nothing cut off and no sideways scrolling", async () => {
      const { page } = journey;
      const plan = await openPlan(journey);
      await plan.editWhenLoaded();
      const long =
        "When everything feels too much I can sit on the back step with a blanket and a cup of tea, text my sister Lena on 07700 900456, and remind myself that this feeling has passed before and will pass again";
      await plan.add("Things I can do on my own", long.slice(0, 200));
      const box = plan.entries("Things I can do on my own").last();
      expect(await box.inputValue()).toBe(long.slice(0, 200));
      // Tall enough to show every line: nothing is hidden inside the box.
      expect(await box.evaluate((area) => area.scrollHeight <= area.clientHeight + 2)).toBe(true);
      expect(await overflowsSideways(page)).toBe(false);
      await plan.save();
      await plan.waitUntilViewed();
      expect(await overflowsSideways(page)).toBe(false);
    });

    it("opens a saved plan as a calm view, with Edit beside it, Call and Text for every number and Open for every web address written in it", async () => {
      const { page } = journey;
      let plan = await openPlan(journey);
      // The plan as a British browser starts it: the region's lines under professionals.
      expect(
        await saveSafetyPlan(page, {
          professionals: [
            "Samaritans: call 116 123 · 24/7 · https://www.samaritans.org",
            "Shout: Text SHOUT to 85258 · 24/7 · https://giveusashout.org",
            "In an emergency: call 999",
            "Community team: https://www.example-nhs-trust.nhs.uk/services/community-mental-health-team-east",
          ],
        }),
      ).toBe(200);
      await page.reload();
      plan = new SafetyPlanPage(page);
      await plan.edit();
      await plan.add("People I can ask for help", "My sister Lena, 07700 900456");
      await plan.add("People I can ask for help", "Uncle Joe in Ohio (555) 123-4567");
      await plan.add("People I can ask for help", "Mum, +44 7700 900123, after 3 days away");
      await plan.add("My reasons for living", "Seeing my niece start school in 2027");
      await plan.save();

      // "My safety plan" now opens the calm view, not the boxes.
      await page.getByRole("link", { name: "Check-in" }).click();
      await new CheckinPage(page).waitUntilToday();
      await plan.planLink.click();
      await plan.waitUntilViewed();
      expect(await plan.saveButton.count()).toBe(0);
      const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
      const edit = await plan.editButton.boundingBox();
      expect(heading && edit && edit.y - (heading.y + heading.height) < 80).toBe(true);

      const lena = plan.shownEntry("My sister Lena");
      await expect(
        lena.getByRole("link", { name: "Call 07700 900456" }).getAttribute("href"),
      ).resolves.toBe("tel:07700900456");
      await expect(
        lena.getByRole("link", { name: "Text 07700 900456" }).getAttribute("href"),
      ).resolves.toBe("sms:07700900456");
      await expect(
        plan
          .shownEntry("Uncle Joe")
          .getByRole("link", { name: "Call (555) 123-4567" })
          .getAttribute("href"),
      ).resolves.toBe("tel:5551234567");
      const mum = plan.shownEntry("Mum,");
      expect(await mum.getByRole("link").count()).toBe(2);
      await expect(mum.getByRole("link").first().getAttribute("href")).resolves.toBe(
        "tel:+447700900123",
      );
      // A year is not a phone number.
      expect(await plan.shownEntry("my niece").getByRole("link").count()).toBe(0);
      // The region's lines the plan started with are ready to call and text too.
      const professionals = plan.viewed("Professionals and services");
      const hrefs = await professionals
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      // So are the web addresses written in it: copying one out of a sentence takes two hands.
      expect(hrefs).toEqual([
        "tel:116123",
        "https://www.samaritans.org",
        "sms:85258?&body=SHOUT",
        "https://giveusashout.org",
        "tel:999",
        "https://www.example-nhs-trust.nhs.uk/services/community-mental-health-team-east",
      ]);
      await expect(
        plan
          .shownEntry("Community team")
          .getByRole("link", { name: "Open www.example-nhs-trust.nhs.uk" })
          .getAttribute("rel"),
      ).resolves.toBe("noreferrer");
      // Beside a short "Call", a site still shows its name, and opens beside the plan.
      const site = professionals.getByRole("link", { name: "Open www.samaritans.org" });
      expect(await site.getAttribute("target")).toBe("_blank");
      expect(await site.locator(".visually-hidden").count()).toBe(0);
      // Big enough for a thumb, and beside the words they call or open.
      for (const link of await page.locator("main .contact-button").all()) {
        const size = await link.boundingBox();
        expect(size && size.width >= 44 && size.height >= 44).toBe(true);
      }
      expect(await overflowsSideways(page)).toBe(false);
      expect(await violations(page)).toEqual([]);

      // Edit is one tap, and brings the boxes back with everything in them.
      await plan.edit();
      expect(await plan.values("People I can ask for help")).toEqual([
        "My sister Lena, 07700 900456",
        "Uncle Joe in Ohio (555) 123-4567",
        "Mum, +44 7700 900123, after 3 days away",
      ]);
      expect(await violations(page)).toEqual([]);
    });
  },
);

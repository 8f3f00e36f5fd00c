import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { CrisisPage } from "./pages/CrisisPage.js";
import { HelpSheet } from "./pages/HelpSheet.js";
import { saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { cacheStorage, personalAnswersKept, untilKeptOnDevice } from "./support/offline-device.js";
import { createOwner } from "./support/server.js";

let ownerMade = false;
async function signIn(journey: Journey): Promise<CheckinPage> {
  const { page, server } = journey;
  if (!ownerMade) {
    await createOwner(server.baseUrl, OWNER);
    ownerMade = true;
  }
  await openPage(page, `${server.baseUrl}/`);
  const form = new SignInPage(page);
  await form.waitUntilShown();
  await form.signIn(OWNER.username, OWNER.password);
  const checkin = new CheckinPage(page);
  await checkin.waitUntilToday();
  return checkin;
}

describe.skipIf(browserUnavailable())("with no network, help is still there", () => {
  // Someone in Britain, on a phone.
  const journey = useJourney({
    viewport: { width: 390, height: 844 },
    locale: "en-GB",
    extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" },
  });

  it("after one visit, 'Get help now' opens the region's lines offline, calls and texts included", async () => {
    const { context, page, server } = journey;
    // One visit to the sign-in screen is enough: nobody needs an account to get help.
    await createOwner(server.baseUrl, OWNER);
    ownerMade = true;
    await openPage(page, `${server.baseUrl}/`);
    await new SignInPage(page).waitUntilShown();
    await untilKeptOnDevice(page);

    await context.setOffline(true);
    // The app itself opens from the device, and its "Get help now" leads to the kept page.
    await page.goto(`${server.baseUrl}/sign-in`);
    const signInScreen = new SignInPage(page);
    await signInScreen.waitUntilShown();
    await Promise.all([page.waitForURL(/\/crisis(\?from=[^&]*)?$/), signInScreen.helpLink.click()]);
    const crisis = new CrisisPage(page);
    await crisis.heading.waitFor();
    const lines = await page.locator("main").textContent();
    expect(lines).toContain("Samaritans");
    expect(lines).toContain("116 123");
    await expect(page.getByRole("link", { name: "Call 999" }).getAttribute("href")).resolves.toBe(
      "tel:999",
    );
    await expect(
      page.getByRole("link", { name: "Text SHOUT to 85258" }).getAttribute("href"),
    ).resolves.toBe("sms:85258?&body=SHOUT");
    // Styled as online, from the kept stylesheet: the page is readable, not bare text.
    await expect(
      page.evaluate(
        () => document.styleSheets.length > 0 && document.styleSheets[0]?.cssRules.length,
      ),
    ).resolves.toBeTruthy();
    expect(await violations(page)).toEqual([]);
    await context.setOffline(false);
  });

  it("offline, crisis words in a note bring the card with the region's lines, and the sheet lists them", async () => {
    const { context, page } = journey;
    const checkin = await signIn(journey);
    await untilKeptOnDevice(page);
    await context.setOffline(true);
    await page.reload();
    await checkin.waitUntilToday();
    await checkin.pick("Mood", 1);
    await checkin.openMore();
    await checkin.note.fill("I can't go on like this, everyone would be better off without me.");
    await checkin.crisisCard.waitFor();
    await checkin.crisisCard.getByRole("link", { name: "Call 116 123" }).waitFor();
    await checkin.crisisCard.getByRole("link", { name: "See all help lines" }).click();
    const sheet = new HelpSheet(page);
    await sheet.waitUntilOpen("People you can reach now");
    await sheet.dialog.getByRole("link", { name: "Text SHOUT to 85258" }).waitFor();
    expect(await sheet.hrefs()).toEqual(["tel:116123", "sms:85258?&body=SHOUT", "tel:999"]);
    await sheet.closeButton.click();
    await context.setOffline(false);
  });

  it("the safety plan stays readable offline, and signing out leaves nothing of the person's", async () => {
    const { context, page, server } = journey;
    await signIn(journey);
    expect(
      await saveSafetyPlan(page, {
        warningSigns: ["Staying in bed past noon"],
        reasonsForLiving: ["My sister's laugh"],
      }),
    ).toBe(200);
    await untilKeptOnDevice(page);
    await openPage(page, `${server.baseUrl}/safety-plan`);
    await page.getByText("My sister's laugh").first().waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByText("My sister's laugh").first().waitFor();
    await page.getByText("Staying in bed past noon").first().waitFor();
    await context.setOffline(false);

    const before = await cacheStorage(page);
    expect(before["reconnect-personal"]).toEqual(
      expect.arrayContaining(["/api/session", "/api/safety-plan"]),
    );

    await new CheckinPage(page).signOut();
    const after = await cacheStorage(page);
    // The app and the crisis page stay; no answer of the person's does.
    expect(Object.keys(after)).not.toContain("reconnect-personal");
    const everything = Object.values(after).flat();
    expect(personalAnswersKept(after)).toEqual([]);
    expect(everything).toContain("/crisis");
    for (const [name, paths] of Object.entries(after)) {
      for (const path of paths) {
        const text = await page.evaluate(
          async ([cacheName, address]) =>
            (await (await caches.open(cacheName)).match(address))?.text() ?? "",
          [name, path] as const,
        );
        expect(text, `${name} ${path}`).not.toContain("My sister's laugh");
        expect(text, `${name} ${path}`).not.toContain(`"username":"${OWNER.username}"`);
      }
    }
  });
});

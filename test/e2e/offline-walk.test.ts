import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { createOwnerSession, seedFourMonths } from "../support/four-months.js";
import { AppShell } from "./pages/AppShell.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { CrisisPage } from "./pages/CrisisPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { untilAnswersKept, untilKeptOnDevice } from "./support/offline-device.js";

const PLAN = {
  warningSigns: ["Staying in bed past noon", "Not answering Mum's texts"],
  copingAlone: ["A hot shower, then the balcony for ten minutes"],
  peopleToAsk: ["Alex, who said to call any time"],
  reasonsForLiving: ["My sister's laugh", "The dog"],
};

const OFFLINE = "You're offline just now, so this can't load.";

/** What a screen must never be when the network is gone: blank, broken, or an error page. */
const NEVER = [
  "This screen couldn't open",
  "Reconnect isn't answering",
  "Page not found",
  // Signed in on this device: losing the signal must not look like being signed out.
  "Sign in",
];

/**
 * The screen in view, with no network: it has its heading and words (its content, or a kind word
 * about being offline), never a blank or an error page, and "Get help now" is one tap away.
 */
async function showsSomethingKind(page: Page, screen: string): Promise<string> {
  const shell = new AppShell(page);
  await shell.heading.waitFor();
  // Any "Just a moment" first frame gives way to the screen itself, or to words about the network.
  await page.waitForFunction(() => {
    const heading = document.querySelector("h1")?.textContent ?? "";
    return heading !== "" && heading !== "Just a moment";
  });
  const heading = (await shell.heading.textContent()) ?? "";
  expect(NEVER, `${screen}: the heading "${heading}"`).not.toContain(heading);
  const words = ((await page.locator("main").textContent()) ?? "").trim();
  expect(words.length, `${screen}: the words shown`).toBeGreaterThan(heading.length + 20);
  expect(words, screen).not.toMatch(/something went wrong|doesn't understand/i);
  expect(await shell.helpLink.isVisible(), `${screen}: "Get help now" in view`).toBe(true);
  return words;
}

/**
 * Opens a screen by its link, as a person taps it, then reloads it: both must show something.
 * `awaited` is words the screen shows once its request has settled; a screen's heading and
 * opening lines come first, so reading before that would judge the screen half drawn.
 */
async function openAndReload(
  page: Page,
  link: Locator,
  screen: string,
  awaited: string,
): Promise<string[]> {
  const settled = page.locator("main").getByText(awaited, { exact: false }).first();
  await link.click();
  await settled.waitFor();
  const opened = await showsSomethingKind(page, `${screen} (opened)`);
  await page.reload();
  await settled.waitFor();
  const reloaded = await showsSomethingKind(page, `${screen} (reloaded)`);
  return [opened, reloaded];
}

describe.skipIf(browserUnavailable())("offline, walked as a tired person would", () => {
  // Someone in Britain, on a phone, who has used Reconnect for four months.
  const journey = useJourney({
    viewport: { width: 390, height: 844 },
    locale: "en-GB",
    extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" },
  });

  it("after signing in and seeing only the check-in, every screen opens with no network, help one tap away", async () => {
    const { context, page, server } = journey;
    const { baseUrl } = server;
    // Four months of check-ins and a safety plan written long ago, on another device.
    const cookie = await createOwnerSession(baseUrl, OWNER);
    await seedFourMonths(baseUrl, cookie, localDateOf(new Date()));
    const saved = await fetch(`${baseUrl}/api/safety-plan`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(PLAN),
    });
    expect(saved.status).toBe(200);

    // This phone has never seen Reconnect: sign in, see today's check-in, nothing else.
    await openPage(page, `${baseUrl}/`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await untilKeptOnDevice(page);
    // Kept at sign-in and at idle, without the person opening the safety plan.
    await untilAnswersKept(page, ["/api/session", "/api/safety-plan"]);

    await context.setOffline(true);
    const shell = new AppShell(page);

    // Never fetched on this device: it says so kindly, and that help works without a signal.
    const thoughts = shell.nav.getByRole("link", { name: "Thoughts" });
    for (const words of await openAndReload(page, thoughts, "thoughts", OFFLINE)) {
      expect(words).toContain(OFFLINE);
    }

    const planLink = page.getByRole("banner").getByRole("link", { name: "My safety plan" });
    for (const words of await openAndReload(page, planLink, "safety plan", "My sister's laugh")) {
      expect(words).toContain("My sister's laugh");
      expect(words).toContain("Staying in bed past noon");
      expect(words).toContain("Alex, who said to call any time");
    }

    const history = await shell.reveal(shell.nav.getByRole("link", { name: "History" }));
    for (const words of await openAndReload(page, history, "history", OFFLINE)) {
      expect(words).toContain(OFFLINE);
    }

    // Back to the check-in screen seen before going offline: today is still there.
    await shell.checkinLink.click();
    await checkin.waitUntilToday();

    // "Get help now" opens the region's lines from the device, calls and texts included.
    await Promise.all([page.waitForURL(/\/crisis(\?from=[^&]*)?$/), shell.helpLink.click()]);
    const crisis = new CrisisPage(page);
    for (const step of ["opened", "reloaded"]) {
      if (step === "reloaded") await page.reload();
      await crisis.heading.waitFor();
      const lines = (await page.locator("main").textContent()) ?? "";
      expect(lines, `crisis page ${step}`).toContain("Samaritans");
      await expect(page.getByRole("link", { name: "Call 999" }).getAttribute("href")).resolves.toBe(
        "tel:999",
      );
      await expect(
        page.getByRole("link", { name: "Text SHOUT to 85258" }).getAttribute("href"),
      ).resolves.toBe("sms:85258?&body=SHOUT");
    }
    await context.setOffline(false);
  });
});

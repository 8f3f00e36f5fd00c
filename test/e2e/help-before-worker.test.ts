import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import resources from "../../src/core/crisis/resources.json" with { type: "json" };
import { FRESH_ANSWER_MS } from "../../src/web/components/crisis/crisis-page-reach.js";
import { AppShell } from "./pages/AppShell.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { HelpSheet } from "./pages/HelpSheet.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { controlledByTheWorker, holdRequests, tapTwiceAtOnce } from "./support/held-requests.js";
import { type Journey, openPage, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** axe's findings on a copy of the page as it is now (its styles, none of its scripts). */
async function violationsOfCopy(page: Page, journey: Journey): Promise<string[]> {
  const html = await page.content();
  // A context of its own: the page's clock, held still, is its whole context's.
  const context = await journey.newContext({ viewport: page.viewportSize() });
  const copy = await context.newPage();
  try {
    await copy.route(/\.js$/, (route) => route.abort());
    await copy.route(`${new URL(page.url()).origin}/copy`, (route) =>
      route.fulfill({ contentType: "text/html", body: html }),
    );
    await copy.goto(`${new URL(page.url()).origin}/copy`);
    return await violations(copy);
  } finally {
    await context.close();
  }
}

/**
 * A first visit, before the service worker keeps anything: the browser here never lets the worker
 * install, as on a first visit whose network drops before it does. "Get help now" must still bring
 * help, never the browser's own error page.
 */
describe.skipIf(browserUnavailable())("help before the app is kept on the device", () => {
  // Someone in Britain, on a phone, whose browser never installs the worker.
  const journey = useJourney({
    viewport: { width: 390, height: 844 },
    locale: "en-GB",
    extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" },
    serviceWorkers: "block",
    reducedMotion: "reduce",
  });
  const signIn = ownerSignIn(journey);

  it("offline, 'Get help now' shows the region's lines over the screen, words typed kept", async () => {
    const { context, page } = journey;
    // The app asks for the region's lines once it has settled, while the network is there.
    const linesAsked = page.waitForResponse((response) =>
      response.url().endsWith("/api/crisis-resources"),
    );
    await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    expect(await controlledByTheWorker(page)).toBe(false);
    await linesAsked;
    await checkin.pick("Mood", 2);
    await checkin.openMore();
    await checkin.note.fill("A long grey day.");

    await context.setOffline(true);
    await checkin.helpLink.click();
    const sheet = new HelpSheet(page);
    await sheet.waitUntilOpen("People you can reach now");
    // Still the check-in, not the browser's error page.
    expect(new URL(page.url()).pathname).toBe("/");
    // Focus on the sheet's title, so a screen reader says where the person is.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    // The lines asked for while online, real numbers included, and the emergency advice.
    await sheet.dialog.getByRole("link", { name: "Call 116 123" }).waitFor();
    expect(await sheet.hrefs()).toEqual(["tel:116123", "sms:85258?&body=SHOUT", "tel:999"]);
    expect(await sheet.dialog.textContent()).toContain("In danger right now? Call 999.");
    // The full help page just failed to open: no link to it, which would be the error page.
    expect(await sheet.dialog.getByRole("link", { name: "Open the full help page" }).count()).toBe(
      0,
    );
    expect(await violations(page)).toEqual([]);

    // Closed, the check-in is as it was, and the keyboard is back on "Get help now".
    await page.keyboard.press("Escape");
    await sheet.waitUntilClosed();
    expect(await checkin.note.inputValue()).toBe("A long grey day.");
    expect(await checkin.chosen("Mood")).toBe(2);
    expect(await checkin.helpLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await context.setOffline(false);
  });

  it("offline on the sign-in screen, with no lines yet asked for, the emergency advice is there at once", async () => {
    const { context, page, server } = journey;
    await signIn("/");
    await new CheckinPage(page).signOut();
    // A fresh page of its own: nothing asked for yet but the sign-in screen.
    await openPage(page, `${server.baseUrl}/sign-in`);
    const signInScreen = new SignInPage(page);
    await signInScreen.waitUntilShown();
    await context.setOffline(true);
    // By keyboard this time.
    await signInScreen.helpLink.focus();
    const started = Date.now();
    await page.keyboard.press("Enter");
    const sheet = new HelpSheet(page);
    await sheet.waitUntilOpen("People you can reach now");
    // Known offline, so no wait for an answer that cannot come.
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await sheet.dialog.textContent()).toContain("In danger right now? Call");
    // Signed out, there is no plan of theirs to offer.
    expect(await sheet.dialog.getByRole("button", { name: "See your safety plan" }).count()).toBe(
      0,
    );
    expect(await violations(page)).toEqual([]);
    await sheet.closeButton.click();
    await sheet.waitUntilClosed();
    expect(await signInScreen.helpLink.evaluate((link) => link === document.activeElement)).toBe(
      true,
    );
    await context.setOffline(false);
  });

  it("online, 'Get help now' still opens the full help page", async () => {
    const { page } = journey;
    await signIn("/");
    const shell = new AppShell(page);
    await new CheckinPage(page).waitUntilToday();
    await Promise.all([page.waitForURL(/\/crisis$/), shell.helpLink.click()]);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator("main").textContent()).toContain("Samaritans");
  });

  it("when the server does not answer within a moment, help is shown in the app", async () => {
    const { page } = journey;
    await page.clock.install();
    // The app asks for the region's lines once it has settled; answered after the clock moves
    // on below, that answer would be fresh, and the tap would not ask.
    const linesAsked = page.waitForResponse((response) =>
      response.url().endsWith("/api/crisis-resources"),
    );
    await signIn("/");
    const shell = new AppShell(page);
    await new CheckinPage(page).waitUntilToday();
    await linesAsked;
    // The server's last answer a while ago, so the tap asks again.
    await page.clock.fastForward(FRESH_ANSWER_MS + 1_000);
    // The network is up but the server says nothing: a dropped connection the browser has not
    // noticed yet.
    const held = await holdRequests(page, "**/crisis", () => true);
    try {
      const started = Date.now();
      await shell.helpLink.click();
      const sheet = new HelpSheet(page);
      await sheet.waitUntilOpen("People you can reach now");
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(new URL(page.url()).pathname).toBe("/");
      expect(held.sent.length).toBeGreaterThan(0);
      await sheet.dialog.getByRole("link", { name: "Call 116 123" }).waitFor();
    } finally {
      await held.stop();
    }
  });

  it("a tap says at once, in the page's one sign, that help is opening, nothing moves, and more taps ask nothing more", async () => {
    const { page } = journey;
    await page.clock.install();
    // The app asks for the region's lines once it has settled; answered after the clock moves
    // on below, that answer would be fresh, and the tap would not ask.
    const linesAsked = page.waitForResponse((response) =>
      response.url().endsWith("/api/crisis-resources"),
    );
    await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await linesAsked;
    const held = await holdRequests(page, "**/crisis**", (method) => method === "HEAD");
    try {
      // One sign for the whole page, the one the page's entry made for the first frame, which
      // the header's and the footer's links share: not one live region per link.
      expect(await checkin.helpSigns.count()).toBe(1);
      expect(await page.locator("body > .help-now-status").count()).toBe(1);
      // What the sign says, change by change, as a screen reader is told it.
      await page.locator("body > .help-now-status").evaluate((sign) => {
        const said: string[] = [];
        Object.assign(window, { helpSignSaid: said });
        new MutationObserver(() => said.push(sign.textContent ?? "")).observe(sign, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      const signSaid = () =>
        page.evaluate(() => (window as unknown as { helpSignSaid: string[] }).helpSignSaid);
      const before = await checkin.helpLink.boundingBox();
      // The server's last answer a while ago, so the tap asks; the page's clock held still, so
      // the wait for an answer lasts while the sign is looked at, however slow this machine is.
      await page.clock.pauseAt(Date.now() + FRESH_ANSWER_MS + 1_000);
      // Two taps in one go, then the footer's way to help as well.
      await tapTwiceAtOnce(checkin.helpLink);
      await checkin.footerHelpLink.evaluate((link: HTMLElement) => link.click());
      await checkin.helpOpening.waitFor();
      expect(await checkin.helpLink.getAttribute("aria-busy")).toBe("true");
      expect(await checkin.helpLink.boundingBox()).toEqual(before);
      expect(new URL(page.url()).pathname).toBe("/");
      expect(held.sent).toEqual(["HEAD"]);
      // Three taps, one question, and "Opening help…" said once.
      expect(await checkin.helpSigns.count()).toBe(1);
      expect(await signSaid()).toEqual(["Opening help…"]);
      // axe runs on its own timers, which are held still here: it looks at a copy of the page
      // as it is now, with the same styles and no script.
      expect(await violationsOfCopy(page, journey)).toEqual([]);

      // No answer within the wait: the lines, and the sign gone.
      await page.clock.runFor(2_000);
      const sheet = new HelpSheet(page);
      await sheet.waitUntilOpen("People you can reach now");
      await page.clock.resume();
      expect(await checkin.helpOpening.count()).toBe(0);
      expect(await checkin.helpLink.getAttribute("aria-busy")).toBeNull();
      expect(held.sent).toEqual(["HEAD"]);
      expect(await signSaid()).toEqual(["Opening help…", ""]);

      // The next tap, on the footer's way to help, is said once more, in the same sign.
      await sheet.closeButton.click();
      await sheet.waitUntilClosed();
      // The page's clock, not this machine's, moved past the last answer again.
      const pageNow = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(pageNow + FRESH_ANSWER_MS + 1_000);
      await checkin.footerHelpLink.click();
      await checkin.helpOpening.waitFor();
      expect(await checkin.footerHelpLink.getAttribute("aria-busy")).toBe("true");
      expect(await checkin.helpSigns.count()).toBe(1);
      expect(await signSaid()).toEqual(["Opening help…", "", "Opening help…"]);
      await page.clock.runFor(2_000);
      await sheet.waitUntilOpen("People you can reach now");
      await page.clock.resume();
      expect(await signSaid()).toEqual(["Opening help…", "", "Opening help…", ""]);
    } finally {
      await held.stop();
    }
  });

  it("right after the server answered, 'Get help now' goes straight to the page, asking nothing", async () => {
    const { page } = journey;
    await page.clock.install();
    await signIn("/");
    const shell = new AppShell(page);
    await new CheckinPage(page).waitUntilToday();
    // Any question asked now is held unanswered, so asking would show the sheet, not the page.
    const held = await holdRequests(page, "**/crisis**", (method) => method === "HEAD");
    try {
      // The page's clock moves only as the journey moves it, a tenth of a second at a time until
      // the server has answered, so the tap lands well within FRESH_ANSWER_MS of the answer
      // however slow this machine is.
      await page.clock.pauseAt(Date.now() + 1_000);
      // The server has just answered the app (the history screen's month).
      let arrived = false;
      const answered = page
        .waitForResponse((response) => response.url().includes("/api/checkins"))
        .then(() => {
          arrived = true;
        });
      await (await shell.reveal(shell.historyLink)).click();
      while (!arrived) await page.clock.runFor(100);
      await answered;
      await Promise.all([page.waitForURL(/\/crisis(\?|$)/), shell.helpLink.click()]);
      await page.clock.resume();
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(held.sent).toEqual([]);
    } finally {
      await held.stop();
    }
  });

  it("when the help page stalls after the server answered, the lines open in the app and a later tap still works", async () => {
    const { page } = journey;
    await signIn("/");
    const shell = new AppShell(page);
    await new CheckinPage(page).waitUntilToday();
    // The page itself never comes: a connection that dropped just after the server answered.
    // Signed in, the link names the screen it was left from; the region's lines
    // (`/api/crisis-resources`) go on untouched.
    const held = await holdRequests(page, "**/crisis?**", (method) => method === "GET");
    try {
      // The server has just answered, so the tap most likely trusts that answer and asks nothing;
      // if this machine is too slow for that, the question is answered and the page held all
      // the same.
      const answered = page.waitForResponse((response) => response.url().includes("/api/checkins"));
      await (await shell.reveal(shell.historyLink)).click();
      await answered;
      // Not waiting for the navigation the tap starts: it is the one held.
      await shell.helpLink.click({ noWaitAfter: true });
      await expect.poll(() => held.sent).toEqual(["GET"]);
      // The lines come within the wait for the page (Playwright looks at the page only once the
      // held navigation has ended: stopped, as the app does when it shows the lines instead), and
      // the screen underneath stays.
      const sheet = new HelpSheet(page);
      await sheet.waitUntilOpen("People you can reach now");
      await sheet.dialog.getByRole("link", { name: "Call 116 123" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/history");
      expect(await shell.helpOpening.count()).toBe(0);
      expect(await shell.helpLink.getAttribute("aria-busy")).toBeNull();

      // A later tap is heard: with the connection back, it reaches the page.
      await sheet.closeButton.click();
      await sheet.waitUntilClosed();
      await held.stop();
      await Promise.all([page.waitForURL(/\/crisis(\?|$)/), shell.helpLink.click()]);
      await page.getByRole("heading", { level: 1 }).waitFor();
    } finally {
      await held.stop();
    }
  });

  it("before the app has loaded, offline, the page's own 'Get help now' opens the lines over it", async () => {
    const { context, page, server } = journey;
    // The app's script never comes, as when the network drops while it downloads; the page's
    // small entry, which came first, is all there is.
    await page.route(/\/assets\/(start-app|app)-[^/]*\.js$/, (route) => route.abort());
    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (response.ok() && response.url().endsWith(".js")) scripts.push(response.text());
    });
    await openPage(page, `${server.baseUrl}/sign-in`);
    const shell = new AppShell(page);
    await shell.helpLink.waitFor();
    // The entry has run: its sign is in the page, waiting.
    await page.locator("body > .help-now-status").waitFor({ state: "attached" });
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(0);
    // The first frame's script carries the lines, not their file's note for maintainers.
    const carried = await Promise.all(scripts);
    expect(carried.some((script) => script.includes("Samaritans"))).toBe(true);
    expect(carried.filter((script) => script.includes(resources.note)).length).toBe(0);

    await context.setOffline(true);
    await shell.helpLink.click();
    const sheet = new HelpSheet(page);
    await sheet.waitUntilOpen("People you can reach now");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    // The browser's region (en-GB), with no request: its lines and the emergency advice.
    expect(await sheet.hrefs()).toEqual(["tel:116123", "sms:85258?&body=SHOUT", "tel:999"]);
    expect(await sheet.dialog.textContent()).toContain("In danger right now? Call 999.");
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press("Escape");
    await sheet.waitUntilClosed();
    expect(await shell.helpLink.evaluate((link) => link === document.activeElement)).toBe(true);
    // The footer's link too.
    await shell.footerHelpLink.click();
    await sheet.waitUntilOpen("People you can reach now");
    await sheet.closeButton.click();
    await sheet.waitUntilClosed();
    expect(await shell.footerHelpLink.evaluate((link) => link === document.activeElement)).toBe(
      true,
    );
    await context.setOffline(false);
  });

  it("before the app has loaded, when the help page stalls, the page's own 'Get help now' opens the lines and a later tap still works", async () => {
    const { page, server } = journey;
    // The app's script never comes; the page's small entry is all there is.
    await page.route(/\/assets\/(start-app|app)-[^/]*\.js$/, (route) => route.abort());
    await openPage(page, `${server.baseUrl}/sign-in`);
    const shell = new AppShell(page);
    await shell.helpLink.waitFor();
    await page.locator("body > .help-now-status").waitFor({ state: "attached" });
    // The server answers the question, then the page itself never comes: a connection that
    // dropped in between.
    const held = await holdRequests(page, "**/crisis", (method) => method === "GET");
    try {
      // Not waiting for the navigation the tap starts: it is the one held.
      await shell.helpLink.click({ noWaitAfter: true });
      await expect.poll(() => held.sent).toEqual(["GET"]);
      // Playwright looks at the page only once the held navigation has ended: stopped, as the
      // entry does when it shows the lines instead.
      const sheet = new HelpSheet(page);
      await sheet.waitUntilOpen("People you can reach now");
      expect(new URL(page.url()).pathname).toBe("/sign-in");
      expect(await sheet.hrefs()).toEqual(["tel:116123", "sms:85258?&body=SHOUT", "tel:999"]);
      expect(await shell.helpLink.getAttribute("aria-busy")).toBeNull();
      expect(await page.locator("body > .help-now-status").textContent()).toBe("");

      // A later tap is heard: with the connection back, the footer's link reaches the page.
      await sheet.closeButton.click();
      await sheet.waitUntilClosed();
      await held.stop();
      await Promise.all([page.waitForURL(/\/crisis$/), shell.footerHelpLink.click()]);
    } finally {
      await held.stop();
    }
  });

  it("offline, the crisis card's sheet asks before its link to the full help page, and stays", async () => {
    const { context, page } = journey;
    await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.pick("Mood", 1);
    await checkin.openMore();
    await checkin.note.fill(
      "Honestly I can't go on like this, everyone would be better off without me.",
    );
    await checkin.crisisCard.waitFor();
    await checkin.crisisCard.getByRole("link", { name: "See all help lines" }).click();
    const sheet = new HelpSheet(page);
    await sheet.waitUntilOpen("People you can reach now");

    await context.setOffline(true);
    await sheet.dialog.getByRole("link", { name: "Open the full help page" }).click();
    await sheet.dialog
      .getByRole("status")
      .filter({ hasText: "The full help page can't open just now" })
      .waitFor();
    // Still the check-in under the sheet, not the browser's error page.
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await sheet.dialog.isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await context.setOffline(false);
  });
});

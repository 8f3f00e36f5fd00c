import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { CrisisPage } from "./pages/CrisisPage.js";
import { HelpSheet } from "./pages/HelpSheet.js";
import { saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const PHONE = { width: 390, height: 844 };

/** Every link's size on screen, so a test can insist each is big enough for a thumb. */
async function smallTargets(links: Locator): Promise<string[]> {
  const small: string[] = [];
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    if (!box || box.width < 44 || box.height < 44) {
      small.push(`${await link.textContent()} (${box?.width ?? 0}×${box?.height ?? 0})`);
    }
  }
  return small;
}

let ownerMade = false;
async function signIn(journey: Journey, page: Page = journey.page): Promise<CheckinPage> {
  const { server } = journey;
  if (!ownerMade) {
    await createOwner(server.baseUrl, OWNER);
    ownerMade = true;
  }
  await openPage(page, server.baseUrl);
  const signInPage = new SignInPage(page);
  await signInPage.waitUntilShown();
  await signInPage.signIn(OWNER.username, OWNER.password);
  const checkin = new CheckinPage(page);
  await checkin.waitUntilToday();
  return checkin;
}

/** A check-in half written on a very low day, with words that bring the crisis card. */
async function writeHeavyCheckin(checkin: CheckinPage): Promise<string> {
  const words =
    "Another night without sleep. Honestly I can't go on like this, everyone would be better off without me.";
  await checkin.pick("Mood", 1);
  await checkin.openMore();
  await checkin.note.fill(words);
  await checkin.crisisCard.waitFor();
  return words;
}

/** The heavy check-in's card with its help lines open in the sheet over it. */
async function linesOpenOverCard(journey: Journey) {
  const checkin = await signIn(journey);
  await writeHeavyCheckin(checkin);
  const sheet = new HelpSheet(journey.page);
  const allLines = checkin.crisisCard.getByRole("link", { name: "See all help lines" });
  await allLines.click();
  await sheet.dialog.getByRole("link", { name: "Call 116 123" }).waitFor();
  return { sheet, allLines };
}

describe.skipIf(browserUnavailable())(
  "help lines from the crisis card, and every number a link",
  () => {
    // A British phone: the region's lines are the UK's.
    const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });

    it("opens each help link from the card in a sheet over the check-in, and closing it finds mood and note as left", async () => {
      const { page } = journey;
      const checkin = await signIn(journey);
      const words = await writeHeavyCheckin(checkin);
      const address = page.url();
      const sheet = new HelpSheet(page);

      // All help lines: the region's lines, every number a call or text link, over the screen.
      const allLines = checkin.crisisCard.getByRole("link", { name: "See all help lines" });
      await allLines.click();
      await sheet.waitUntilOpen("People you can reach now");
      await sheet.dialog.getByRole("link", { name: "Call 116 123" }).waitFor();
      expect(await sheet.hrefs()).toEqual(["tel:116123", "sms:85258?&body=SHOUT", "tel:999"]);
      expect(await sheet.dialog.textContent()).not.toContain("Text: Text");
      expect(await smallTargets(sheet.contactLinks)).toEqual([]);
      expect(await sheet.holdsFocus()).toBe(true);
      // The full page is one plain link away.
      await expect(
        sheet.dialog.getByRole("link", { name: "Open the full help page" }).getAttribute("href"),
      ).resolves.toBe("/crisis");
      expect(await violations(page)).toEqual([]);
      // Closed with its button: focus goes back to the link that opened it, nothing moved.
      await sheet.closeButton.click();
      await sheet.waitUntilClosed();
      expect(await allLines.evaluate((link) => link === document.activeElement)).toBe(true);
      expect(page.url()).toBe(address);
      expect(await checkin.note.inputValue()).toBe(words);
      expect(await checkin.chosen("Mood")).toBe(1);

      // The safety plan, with none made yet: a kind line and a way to make one.
      const planLink = checkin.crisisCard.getByRole("link", { name: "Open your safety plan" });
      await planLink.click();
      await sheet.waitUntilOpen("Your safety plan");
      await sheet.dialog.getByText("You haven't made a safety plan yet").waitFor();
      await expect(
        sheet.dialog.getByRole("link", { name: "Make your safety plan" }).getAttribute("href"),
      ).resolves.toBe("/safety-plan");
      // The emergency number stays in reach beside the plan.
      await sheet.dialog.getByRole("link", { name: "Call 999" }).waitFor();
      expect(await violations(page)).toEqual([]);
      // Closed with Esc this time.
      await page.keyboard.press("Escape");
      await sheet.waitUntilClosed();
      expect(await planLink.evaluate((link) => link === document.activeElement)).toBe(true);
      expect(page.url()).toBe(address);
      expect(await checkin.note.inputValue()).toBe(words);
      expect(await checkin.chosen("Mood")).toBe(1);
      expect(await checkin.crisisCard.isVisible()).toBe(true);
    });

    it("never starts a call from the second tap of the double tap that opened the sheet", async () => {
      const { page } = journey;
      // Once so the lines are in, then again as a shaky double tap would: the second tap lands on
      // "Call 116 123" a moment after the sheet opened under the finger.
      const { sheet, allLines } = await linesOpenOverCard(journey);
      await sheet.closeButton.click();
      await sheet.waitUntilClosed();
      // Closed as a person sees it: focus is back on the link that opened it. (A tap before that
      // opens the sheet again too; the next journey holds that.)
      await expect
        .poll(() => allLines.evaluate((link) => link === document.activeElement))
        .toBe(true);
      const calls = await page.evaluate(async () => {
        const started: string[] = [];
        // Counts a call link's click that went through, and keeps the test page where it is.
        document.addEventListener("click", (event) => {
          const link = event.target instanceof Element ? event.target.closest("a") : null;
          if (link?.protocol === "tel:" && !event.defaultPrevented) started.push(link.href);
          event.preventDefault();
        });
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        const tap = (element: Element) =>
          element.dispatchEvent(
            new MouseEvent("click", { bubbles: true, cancelable: true, detail: 1 }),
          );
        const opener = [...document.querySelectorAll("a")].find(
          (a) => a.textContent === "See all help lines",
        );
        if (!opener) throw new Error("no card link");
        tap(opener);
        let call: Element | null = null;
        for (let tries = 0; tries < 30 && !call; tries += 1) {
          await frame();
          call = document.querySelector('dialog[open] a[href="tel:116123"]');
        }
        if (!call) throw new Error("the sheet did not open");
        tap(call);
        const early = started.length;
        // A deliberate tap a moment later is a call, as it should be.
        await new Promise((done) => setTimeout(done, 700));
        tap(call);
        return { early, later: started.length - early };
      });
      expect(calls).toEqual({ early: 0, later: 1 });
    });

    it("opens again when its link is tapped straight after Close, before the sheet has finished closing", async () => {
      const { page } = journey;
      const { sheet, allLines } = await linesOpenOverCard(journey);
      // A person who closed the sheet by mistake taps the link again at once: after the dialog
      // hides, before its close event arrives. That tap used to open nothing.
      const seen = await page.evaluate(async () => {
        const dialog = document.querySelector("dialog.help-sheet");
        const close = dialog?.querySelector(".help-sheet-close");
        const opener = [...document.querySelectorAll("a")].find(
          (a) => a.textContent === "See all help lines",
        );
        if (!(dialog instanceof HTMLDialogElement) || !(close instanceof HTMLElement) || !opener) {
          throw new Error("no sheet or no card link");
        }
        const closeEvent = new Promise((done) =>
          dialog.addEventListener("close", done, { once: true }),
        );
        close.click();
        // The app answers a tap in a microtask; the dialog's close event waits for a later task.
        for (let tick = 0; tick < 5; tick += 1) await Promise.resolve();
        const hiddenBetween = !dialog.open;
        opener.click();
        await closeEvent;
        await new Promise((done) => requestAnimationFrame(done));
        return { hiddenBetween, openAfter: dialog.open };
      });
      expect(seen).toEqual({ hiddenBetween: true, openAfter: true });
      await sheet.waitUntilOpen("People you can reach now");
      expect(await sheet.holdsFocus()).toBe(true);
      // And it still closes as before, back to the link that opened it.
      await sheet.closeButton.click();
      await sheet.waitUntilClosed();
      await expect
        .poll(() => allLines.evaluate((link) => link === document.activeElement))
        .toBe(true);
    });

    it("never saves from the second tap of a double tap on the card's Close this", async () => {
      const { page } = journey;
      const checkin = await signIn(journey);
      await writeHeavyCheckin(checkin);
      // The card goes at the first tap and what was below it slides up under the finger: the
      // second tap lands on whatever is there now, here the check-in's Save.
      const saves = await page.evaluate(async () => {
        let through = 0;
        // Counts a Save click that went through, and keeps the day unsaved for the test.
        document.addEventListener("click", (event) => {
          const button = event.target instanceof Element ? event.target.closest("button") : null;
          if (button?.textContent === "Save" && !event.defaultPrevented) through += 1;
          event.preventDefault();
        });
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        const tap = (element: Element, detail = 1) =>
          element.dispatchEvent(
            new MouseEvent("click", { bubbles: true, cancelable: true, detail }),
          );
        const buttons = () => [...document.querySelectorAll("button")];
        const close = buttons().find((button) => button.textContent === "Close this");
        const save = buttons().find((button) => button.textContent === "Save");
        if (!close || !save) throw new Error("no card or no Save");
        tap(close);
        await frame();
        if (document.querySelector(".crisis-card")) throw new Error("the card did not close");
        tap(save);
        const early = through;
        // Enter on Save, or a screen reader's activation, is always meant.
        tap(save, 0);
        const keyboard = through - early;
        // A deliberate tap a moment later saves, as it should.
        await new Promise((done) => setTimeout(done, 700));
        tap(save);
        return { early, keyboard, later: through - early - keyboard };
      });
      expect(saves).toEqual({ early: 0, keyboard: 1, later: 1 });
    });

    it("works by keyboard alone: Enter opens the sheet, Tab never reaches the screen behind, Esc returns to the card", async () => {
      const { page } = journey;
      const checkin = await signIn(journey);
      const words = await writeHeavyCheckin(checkin);
      const sheet = new HelpSheet(page);
      const allLines = checkin.crisisCard.getByRole("link", { name: "See all help lines" });
      await allLines.focus();
      await page.keyboard.press("Enter");
      await sheet.waitUntilOpen("People you can reach now");
      await sheet.dialog.getByRole("link", { name: "Call 116 123" }).waitFor();
      // The screen behind is inert: however far Tab goes, focus never reaches it.
      let inside = 0;
      for (let presses = 0; presses < 15; presses += 1) {
        await page.keyboard.press("Tab");
        expect(await sheet.focusBehind()).toBe(false);
        if (await sheet.holdsFocus()) inside += 1;
      }
      expect(inside).toBeGreaterThan(10);
      // From the lines to the plan without leaving the sheet.
      await sheet.dialog.getByRole("button", { name: "See your safety plan" }).focus();
      await page.keyboard.press("Enter");
      await sheet.waitUntilOpen("Your safety plan");
      expect(await sheet.holdsFocus()).toBe(true);
      await page.keyboard.press("Escape");
      await sheet.waitUntilClosed();
      expect(await allLines.evaluate((link) => link === document.activeElement)).toBe(true);
      expect(await checkin.note.inputValue()).toBe(words);
    });

    it("shows the person's own plan in the sheet, each number written in it a call or text button", async () => {
      const { page } = journey;
      const checkin = await signIn(journey);
      expect(
        await saveSafetyPlan(page, {
          warningSigns: ["I stop answering messages"],
          peopleToAsk: ["My sister Lena, 07700 900456", "Dr Patel at the surgery, 020 7946 0000"],
          reasonsForLiving: ["My cat, Miso"],
        }),
      ).toBe(200);
      await writeHeavyCheckin(checkin);
      const sheet = new HelpSheet(page);
      await checkin.crisisCard.getByRole("link", { name: "Open your safety plan" }).click();
      await sheet.waitUntilOpen("Your safety plan");
      const lena = sheet.planEntry("My sister Lena");
      await lena.waitFor();
      await expect(
        lena.getByRole("link", { name: "Call 07700 900456" }).getAttribute("href"),
      ).resolves.toBe("tel:07700900456");
      await expect(
        lena.getByRole("link", { name: "Text 07700 900456" }).getAttribute("href"),
      ).resolves.toBe("sms:07700900456");
      // A surgery's landline is for calling, not texting.
      const surgery = sheet.planEntry("Dr Patel");
      expect(await surgery.getByRole("link").count()).toBe(1);
      await expect(surgery.getByRole("link").getAttribute("href")).resolves.toBe("tel:02079460000");
      expect(await sheet.dialog.textContent()).toContain("My cat, Miso");
      expect(await smallTargets(sheet.contactLinks)).toEqual([]);
      expect(await violations(page)).toEqual([]);
      await sheet.closeButton.click();
      await sheet.waitUntilClosed();
    });

    it("makes the card's numbers call and text links, with large targets", async () => {
      const checkin = await signIn(journey);
      await writeHeavyCheckin(checkin);
      const card = checkin.crisisCard;
      await card.getByRole("link", { name: "Call 116 123" }).waitFor();
      const links = card.locator('a[href^="tel:"], a[href^="sms:"]');
      expect(
        await links.evaluateAll((all) => all.map((link) => link.getAttribute("href") ?? "")),
      ).toEqual(["tel:116123", "sms:85258?&body=SHOUT", "tel:999"]);
      expect(await card.getByRole("link", { name: "Text SHOUT to 85258" }).count()).toBe(1);
      expect(await smallTargets(links)).toEqual([]);
    });

    it("makes every number on /crisis a call or text link in each region the browser names, and links the plan when signed in", async () => {
      const { server } = journey;
      for (const [locale, expected] of [
        ["en-IE", ["tel:112", "tel:999", "tel:116123", "tel:1800247247", "sms:51444?&body=HELP"]],
        ["en-AU", ["tel:000", "tel:131114", "sms:0477131114", "tel:1300224636"]],
        ["en-US", ["tel:911", "tel:988", "sms:988", "sms:741741?&body=HOME"]],
      ] as const) {
        const context = await journey.newContext({ locale, viewport: PHONE });
        const page = await context.newPage();
        const crisis = new CrisisPage(page);
        await crisis.open(server.baseUrl);
        const links = page.locator('main a[href^="tel:"], main a[href^="sms:"]');
        const hrefs = await links.evaluateAll((all) =>
          all.map((link) => link.getAttribute("href") ?? ""),
        );
        for (const href of expected) expect(hrefs, locale).toContain(href);
        expect(await smallTargets(links), locale).toEqual([]);
        // Signed out, the page cannot know anyone's plan, so it offers none.
        expect(await page.getByRole("link", { name: "Open your safety plan" }).count()).toBe(0);
        await context.close();
      }
      // Signed in, /crisis links to the person's own plan.
      const { page } = journey;
      await signIn(journey);
      await new CrisisPage(page).open(server.baseUrl, "GB");
      const plan = page.getByRole("link", { name: "Open your safety plan" });
      await expect(plan.getAttribute("href")).resolves.toBe("/safety-plan");
      expect(await smallTargets(plan)).toEqual([]);
      expect(await page.getByRole("link", { name: "Call 999" }).count()).toBe(1);
    });
  },
);

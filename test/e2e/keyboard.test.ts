import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable, tabUntil } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const isFocused = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement);

async function tabTo(page: Page, locator: Locator, what: string) {
  await tabUntil(page, isFocused(locator), what);
}

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

describe.skipIf(browserUnavailable())("a check-in with the keyboard alone", () => {
  const journey = useJourney();

  it("signs in, answers every part, saves, and reads it all back", async () => {
    const { page, server } = journey;
    await createOwner(server.baseUrl, OWNER);
    await openPage(page, server.baseUrl);

    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    // The skip link is the first stop, and it leads to the main content.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toBe(
      "Skip to main content",
    );
    await tabTo(page, signIn.username, "the username");
    await page.keyboard.type(OWNER.username);
    await page.keyboard.press("Tab");
    await page.keyboard.type(OWNER.password);
    await page.keyboard.press("Enter");

    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();

    // Arrow keys move through a radio group and choose as they go.
    await tabTo(page, checkin.point("Mood", 0), "the mood scale");
    await press(page, "ArrowRight", 7);
    expect(await checkin.chosen("Mood")).toBe(7);
    await expect(
      page.evaluate(() => {
        const tile = document.activeElement?.nextElementSibling;
        return tile ? getComputedStyle(tile).outlineStyle : "none";
      }),
    ).resolves.toBe("solid");

    await tabTo(page, checkin.addConnectionButton, "the add-a-connection button");
    await page.keyboard.press("Enter");
    const row = checkin.connection(1);
    const name = row.getByLabel("Name (optional)");
    expect(await isFocused(name)()).toBe(true);
    await page.keyboard.type("Robin");
    await page.keyboard.press("Tab");
    await press(page, "ArrowDown", 2);
    await expect(row.getByLabel("How", { exact: true }).inputValue()).resolves.toBe("call");
    await page.keyboard.press("Tab");
    await press(page, "ArrowDown", 5);
    await expect(row.getByLabel("How it felt (optional)").inputValue()).resolves.toBe("2");

    await tabTo(page, checkin.more, "the 'more' disclosure");
    await page.keyboard.press("Enter");
    await checkin.sleep.waitFor();
    await tabTo(page, checkin.point("Energy", 0), "the energy scale");
    await page.keyboard.press("Space");
    await press(page, "ArrowRight", 4);
    expect(await checkin.chosen("Energy")).toBe(4);
    await tabTo(page, checkin.sleep, "hours slept");
    await page.keyboard.type("7.5");
    await tabTo(page, checkin.note, "the note");
    await page.keyboard.type("Texted Robin back. It felt good.");
    await tabTo(page, checkin.saveButton, "the Save button");
    await page.keyboard.press("Enter");
    await checkin.waitForSaved();

    await page.reload();
    await checkin.waitUntilToday();
    expect(await checkin.chosen("Mood")).toBe(7);
    expect(await checkin.chosen("Energy")).toBe(4);
    await expect(row.getByLabel("Name (optional)").inputValue()).resolves.toBe("Robin");
    await expect(row.getByLabel("How", { exact: true }).inputValue()).resolves.toBe("call");
    await expect(row.getByLabel("How it felt (optional)").inputValue()).resolves.toBe("2");
    await expect(checkin.sleep.inputValue()).resolves.toBe("7.5");
    await expect(checkin.note.inputValue()).resolves.toBe("Texted Robin back. It felt good.");
  });

  it("checks in for yesterday in a few keys: previous day, a mood, save", async () => {
    const { page, server } = journey;
    await openPage(page, `${server.baseUrl}/sign-in`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await tabTo(page, signIn.username, "the username");
    await page.keyboard.type(OWNER.username);
    await page.keyboard.press("Tab");
    await page.keyboard.type(OWNER.password);
    await page.keyboard.press("Enter");

    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await tabTo(page, page.getByRole("link", { name: "Previous day" }), "the previous-day link");
    await page.keyboard.press("Enter");
    await checkin.waitForHeading(/^How was /);
    await checkin.form.waitFor();
    // The new screen's heading has focus, so the next Tab goes on from there.
    await expect(page.evaluate(() => document.activeElement?.tagName ?? "")).resolves.toBe("H1");
    await tabTo(page, checkin.point("Mood", 0), "the mood scale");
    await press(page, "ArrowRight", 3);
    await tabTo(page, checkin.saveButton, "the Save button");
    await page.keyboard.press("Enter");
    await checkin.waitForSaved();
    expect(new URL(page.url()).pathname).toMatch(/^\/checkin\/\d{4}-\d{2}-\d{2}$/);
  });
});

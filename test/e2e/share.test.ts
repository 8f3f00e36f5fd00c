import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { crisisCheckAnswered } from "./support/crisis-check.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { comesBefore } from "./support/order.js";
import { createOwner } from "./support/server.js";

describe.skipIf(browserUnavailable())("a share card", () => {
  const journey = useJourney({ reducedMotion: "reduce" });
  // One server per file, so the owner is made once, by whichever test runs first.
  let ownerMade = false;

  async function signInToShare(): Promise<AppShell> {
    const { page, server } = journey;
    if (!ownerMade) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, `${server.baseUrl}/share`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const shell = new AppShell(page);
    await shell.waitForHeading("Share how you're doing");
    return shell;
  }

  it("is made, opened by someone with no account, updated, turned off, and then gone", async () => {
    const { page, server, context } = journey;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.baseUrl,
    });
    await signInToShare();
    await page.getByText("No active links right now.").waitFor();
    expect(await violations(page)).toEqual([]);

    // Asking for nothing is met with what is missing, not a broken link.
    await page.getByRole("button", { name: "Make the link" }).click();
    await page.getByText("Choose how your energy is this week.").waitFor();

    await page.getByRole("radio", { name: "Low" }).check();
    const texts = page.getByRole("button", { name: "Texts welcome, calls are hard" });
    await texts.click();
    await expect(texts.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.getByLabel("In your own words").inputValue()).resolves.toBe(
      "Texts welcome, calls are hard",
    );
    await page.getByLabel("A short message (optional)").fill("Slow to reply, not gone.");
    await page.getByLabel("Show how many days this week I reached out to someone").check();
    await page.getByLabel("The link works for").selectOption({ label: "2 weeks" });
    await page.getByRole("button", { name: "Make the link" }).click();

    await page.getByRole("heading", { name: "Your link is ready" }).waitFor();
    // This server listens on 127.0.0.1 alone, so the link sits folded under the card's words.
    await page.getByText("The link, for this computer only").click();
    const link = await page.getByLabel("Link to share").inputValue();
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/s/[A-Za-z0-9_-]{43}$`));
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByRole("status").getByText("Link copied.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    const item = page.locator(".share-item");
    await expect(item.count()).resolves.toBe(1);
    await expect(item.textContent()).resolves.toContain("Low energy this week");
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });

    // A supporter: a fresh browser, no session, nothing but the link.
    const supporter = await journey.newContext({ viewport: { width: 320, height: 640 } });
    const card = await supporter.newPage();
    await openPage(card, link);
    await card.getByRole("heading", { level: 1, name: "How they're doing this week" }).waitFor();
    const shown = (await card.locator("main").textContent()) ?? "";
    expect(shown).toContain("Low energy this week");
    expect(shown).toContain("Texts welcome, calls are hard");
    expect(shown).toContain("Slow to reply, not gone.");
    expect(shown).toContain("Small steps");
    expect(shown).not.toContain(OWNER.username);
    expect(await card.locator("script").count()).toBe(0);
    expect(await card.getByRole("navigation").count()).toBe(0);
    expect(await supporter.cookies()).toEqual([]);
    expect(await violations(card)).toEqual([]);
    await card.emulateMedia({ colorScheme: "dark" });
    expect(await violations(card)).toEqual([]);

    // The member changes the card; the supporter sees it on the next visit.
    await page.getByRole("button", { name: /^Update the link made on/ }).click();
    await item.getByRole("radio", { name: "Some" }).check();
    await item.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Link updated. It shows your changes now.").waitFor();
    await card.reload();
    await card.getByText("Some energy this week").waitFor();

    // Turned off: the supporter gets a plain page, never the old card.
    await page.getByRole("button", { name: /^Turn off the link made on/ }).click();
    await page.getByRole("button", { name: "Yes, turn it off" }).click();
    await page.getByText("No active links right now.").waitFor();
    const gone = await card.goto(link);
    expect(gone?.status()).toBe(410);
    await card.getByRole("heading", { level: 1, name: "This link is no longer active" }).waitFor();
    const after = (await card.locator("main").textContent()) ?? "";
    for (const old of ["Some energy", "Texts welcome", "Slow to reply", "Small steps"]) {
      expect(after).not.toContain(old);
    }
    await expect(
      card.getByRole("link", { name: /guide for partners/ }).getAttribute("href"),
    ).resolves.toBe("/support");
    expect(await violations(card)).toEqual([]);
    expect(await supporter.cookies()).toEqual([]);
  });

  it("a message with crisis words shows help under it, and keeps every word", async () => {
    const { page } = journey;
    const shell = await signInToShare();
    const message = page.getByLabel("A short message (optional)");
    const words = "Tell them I'm sorry, they'd be better off without me";
    await message.fill(words);
    await shell.crisisCard.waitFor();
    expect(await message.inputValue()).toBe(words);
    // In place: under the message, before the next choice.
    const steps = page.getByLabel("Show how many days this week I reached out to someone");
    expect(await comesBefore(message, shell.crisisCard)).toBe(true);
    expect(await comesBefore(shell.crisisCard, steps)).toBe(true);
    await expect(
      shell.crisisCard.getByRole("link", { name: "See all help lines" }).getAttribute("href"),
    ).resolves.toMatch(/^\/crisis\?from=%2Fshare/);
    expect(await violations(page)).toEqual([]);

    // Closed, it stays closed while the words are the same.
    await shell.crisisCard.getByRole("button", { name: "Close this" }).click();
    await crisisCheckAnswered(page);
    expect(await shell.crisisCard.count()).toBe(0);
    expect(await message.inputValue()).toBe(words);
  });
});

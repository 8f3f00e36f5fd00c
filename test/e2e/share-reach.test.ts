import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { SharePage } from "./pages/SharePage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;
const PUBLIC_URL = "https://reconnect.example.org";

async function signIn(journey: Journey, path: string): Promise<AppShell> {
  const { page, server } = journey;
  await createOwner(server.baseUrl, OWNER);
  await openPage(page, `${server.baseUrl}${path}`);
  const signInPage = new SignInPage(page);
  await signInPage.waitUntilShown();
  await signInPage.signIn(OWNER.username, OWNER.password);
  return new AppShell(page);
}

describe.skipIf(browserUnavailable())("sharing on the default install, on a phone", () => {
  const journey = useJourney(PHONE);

  it("is one tap from More and from the circle, says plainly a link stays on this computer, and sends the words instead", async () => {
    const { page, server, context } = journey;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.baseUrl,
    });
    const shell = await signIn(journey, "/");
    await shell.nav.waitFor();

    // In the More menu, under its full name.
    await (
      await shell.reveal(shell.nav.getByRole("link", { name: "Share how you're doing" }))
    ).click();
    await shell.waitForHeading("Share how you're doing");
    const share = new SharePage(page);
    await share.reachNotice.waitFor();
    expect(await violations(page)).toEqual([]);

    await share.makeCard({
      forWhom: "Mum",
      energy: "Low",
      contact: "Texts welcome, calls are hard",
      message: "Slow to reply, not gone.",
    });
    const expected = [
      "How I'm doing this week:",
      "Low energy this week.",
      "How to reach me right now: Texts welcome, calls are hard.",
      "",
      "Slow to reply, not gone.",
    ].join("\n");
    await page.getByText("This link won't open on another phone").waitFor();
    await share.copyAsMessage.click();
    await page.getByText("Copied. Paste it wherever you message them.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
    expect(await violations(page)).toEqual([]);

    // The label is for the maker: on the list, never on the page the link opens.
    const item = share.item(/^For Mum/);
    await item.waitFor();
    const link = await share.link();
    const card = await page.context().newPage();
    await openPage(card, link);
    await card.getByText("Slow to reply, not gone.").waitFor();
    expect(await card.locator("body").textContent()).not.toContain("Mum");
    await card.close();

    // "Turn off" asks once; "Keep it" leaves the link as it was, with focus back on the button.
    await share.turnOffButton(item).click();
    const question = page.getByText(/^Turn off the link for Mum, made on .*\?/);
    await question.waitFor();
    await expect(question.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Keep it" }).click();
    await expect(
      share.turnOffButton(item).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    expect((await fetch(link)).status).toBe(200);

    await share.turnOffButton(item).click();
    await page.getByRole("button", { name: "Yes, turn it off" }).click();
    await share.noneActive.waitFor();
    await expect(share.activeHeading.evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );
    expect((await fetch(link)).status).toBe(410);

    // From the circle, too.
    await openPage(page, `${server.baseUrl}/circle`);
    await shell.waitForHeading("Your circle");
    await page.getByRole("main").getByRole("link", { name: "Share how you're doing" }).click();
    await shell.waitForHeading("Share how you're doing");
  });
});

describe.skipIf(browserUnavailable())("sharing with a public address, on a phone", () => {
  const journey = useJourney(PHONE, { PUBLIC_URL });

  it("builds the link on PUBLIC_URL and hands it to the share sheet", async () => {
    const { page, context } = journey;
    // Chromium on Linux has no share sheet: stand one in that records what it was given.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, "sharedForTest", { value: shared });
      Object.defineProperty(navigator, "share", {
        value: async (data: ShareData) => {
          shared.push(data);
        },
      });
    });
    const shell = await signIn(journey, "/share");
    await shell.waitForHeading("Share how you're doing");
    const share = new SharePage(page);
    await share.forWhom.waitFor();
    expect(await share.reachNotice.count()).toBe(0);

    await share.makeCard({ energy: "Some", contact: "A short call is okay" });
    const link = await share.linkField.inputValue();
    expect(link).toMatch(/^https:\/\/reconnect\.example\.org\/s\/[A-Za-z0-9_-]{43}$/);
    await page.getByRole("button", { name: "Share the link" }).click();
    await expect(page.evaluate(() => Reflect.get(window, "sharedForTest"))).resolves.toEqual([
      { text: "How I'm doing this week", url: link },
    ]);
    expect(await violations(page)).toEqual([]);
  });
});

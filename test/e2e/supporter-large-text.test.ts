import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SharePage } from "./pages/SharePage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { tabTo } from "./support/focus.js";
import { openPage, useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

/** Makes a card as the share screen does, from inside the owner's signed-in page. */
function makeCard(page: Page): Promise<{ id: string; url: string }> {
  return page.evaluate(async () => {
    const response = await fetch("/api/shares", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({
        energy: "low",
        contact: "Texts welcome, calls are hard 💜",
        message: "Slow to reply, not gone.",
        showSteps: true,
      }),
    });
    return (await response.json()) as { id: string; url: string };
  });
}

/** Whole on screen, nothing past the phone's edge, reached by Tab, and nothing axe finds. */
async function helpInReach(page: Page, where: string): Promise<void> {
  const help = page.getByRole("banner").getByRole("link", { name: "Get help now" });
  await help.waitFor();
  expect(await pageWidth(page), `${where}: how far the page reaches sideways`).toBe(PHONE.width);
  const box = await help.boundingBox();
  expect(box !== null && box.x >= 0 && box.x + box.width <= PHONE.width, where).toBe(true);
  await tabTo(page, help, `"Get help now" on ${where}`);
  expect(await violations(page), where).toEqual([]);
}

describe.skipIf(browserUnavailable())("a supporter on a phone with text at 200%", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("has 'Get help now' whole on screen on the card, on the page of a card turned off, and in the guide", async () => {
    const { page, server } = journey;
    await signIn("/share");
    await new SharePage(page).makeLink.waitFor();
    const card = await makeCard(page);

    const supporter = await journey.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const theirs = await supporter.newPage();
    await readTextAt(theirs, 200);
    await openPage(theirs, `${server.baseUrl}${card.url}`);
    await theirs.getByRole("heading", { level: 1, name: "How they're doing this week" }).waitFor();
    await helpInReach(theirs, "the card");

    await openPage(theirs, `${server.baseUrl}/support`);
    await helpInReach(theirs, "the guide");

    // Turned off as the share screen does it: a JSON write, like every other.
    const off = await page.evaluate(async (id) => {
      const response = await fetch(`/api/shares/${id}`, {
        method: "DELETE",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: "{}",
      });
      return response.status;
    }, card.id);
    expect(off).toBeLessThan(300);
    await theirs.goto(`${server.baseUrl}${card.url}`);
    await theirs
      .getByRole("heading", { level: 1, name: "This link is no longer active" })
      .waitFor();
    await helpInReach(theirs, "the page of a card turned off");
  });
});

import { describe, expect, it } from "vitest";
import { LONG_NAMED } from "../support/lived-in-account.js";
import { CirclePage } from "./pages/CirclePage.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage, useJourney } from "./support/journey.js";
import { livedInSignIn } from "./support/lived-in-sign-in.js";

/**
 * With a screen reader, a circle of five people had 25 buttons all called "Copy", and more behind
 * "Let … know what's going on": moving from button to button, nobody could tell which words each
 * one would copy, so reaching out meant reading the whole card again. Each copy button is named
 * by the words it copies, and by who they are for: the same idea ("Love this.") is offered for
 * everyone, so the words alone repeated from card to card.
 */
describe.skipIf(browserUnavailable())("the circle's copy buttons, heard one by one", () => {
  const journey = useJourney({ locale: "en-GB", viewport: { width: 390, height: 844 } });
  const signIn = livedInSignIn(journey);

  it("names each copy button by who the words are for and the words it copies", async () => {
    const { page, server } = journey;
    await signIn();
    await openPage(page, `${server.baseUrl}/circle`);
    const circle = new CirclePage(page);
    await circle.waitForHeading("Your circle");
    await page.getByText(LONG_NAMED.name).first().waitFor();
    await page.evaluate(() => {
      for (const fold of document.querySelectorAll("main details")) fold.setAttribute("open", "");
    });

    const names = (await page.locator("main li.card > h2").allTextContents()).map((n) => n.trim());
    expect(names.length).toBeGreaterThan(1);
    const unheard: string[] = [];
    let drafts = 0;
    for (const name of names) {
      const card = circle.card(name);
      const words = (await card.locator(".draft-list .draft").allTextContents()).map((text) =>
        text.trim(),
      );
      drafts += words.length;
      for (const draft of new Set(words)) {
        // What a screen reader says for it: the visible "Copy" first, then who the words are
        // for, then the words it copies.
        const heard = card.getByRole("button", {
          name: `Copy for ${name}: “${draft}”`,
          exact: true,
        });
        if ((await heard.count()) === 0) unheard.push(`${name}: ${draft}`);
      }
    }
    expect(drafts).toBeGreaterThan(10);
    expect(unheard).toEqual([]);
    expect(await page.getByRole("button", { name: "Copy", exact: true }).count()).toBe(0);

    // The same idea is offered for more than one person, yet no two copy buttons sound alike.
    const heardNames = await page
      .locator("main .draft-list button")
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute("aria-label") ?? ""));
    const copies = heardNames.filter((name) => name.startsWith("Copy"));
    expect(copies.length).toBe(drafts);
    expect(copies.length - new Set(copies).size, "copy buttons heard alike").toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { CirclePage } from "./pages/CirclePage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage } from "./support/journey.js";
import { largeTextPhoneJourney } from "./support/large-text.js";

/**
 * A tired person on a phone with large text opens their circle to find someone to reach. Each
 * card showed every message idea with its two buttons, so five people meant twenty-five messages
 * to scroll past (the circle ran to about 20,700 px). One idea is enough to start from; the others
 * are one tap away, and each still copies for the right person.
 */
describe.skipIf(browserUnavailable())("the circle at 200% text", () => {
  const { journey, signInAtLargeText } = largeTextPhoneJourney();

  it("shows one message idea for each person and keeps the others one tap away", async () => {
    const { page, server } = journey;
    await signInAtLargeText();
    await openPage(page, `${server.baseUrl}/circle`);
    const circle = new CirclePage(page);
    await circle.waitForHeading("Your circle");
    await circle.cardHeading("Jo").waitFor();

    const names = (await page.locator("main li.card > h2").allTextContents()).map((n) => n.trim());
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const card = circle.card(name);
      expect(await card.locator(".draft:visible").count(), `ideas in view for ${name}`).toBe(1);

      await card.getByText(`More message ideas for ${name}`, { exact: true }).press("Enter");
      const others = page.getByRole("list", { name: `More message ideas for ${name}` });
      await others.getByRole("listitem").first().waitFor();
      const words = (await others.locator(".draft").allTextContents()).map((t) => t.trim());
      expect(words.length, `more ideas for ${name}`).toBeGreaterThan(0);
      await others
        .getByRole("button", { name: `Copy for ${name}: “${words[0] ?? ""}”`, exact: true })
        .waitFor();
    }
    expect(await violations(page)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage, useJourney } from "./support/journey.js";

describe.skipIf(browserUnavailable())("the supporter guide", () => {
  // A supporter opens a shared link on whatever phone they have: small screen, no account.
  const journey = useJourney({ viewport: { width: 320, height: 640 }, reducedMotion: "reduce" });

  it("reads with JavaScript off, shows local help lines and leads to crisis help", async () => {
    const { server } = journey;
    const context = await journey.newContext({
      javaScriptEnabled: false,
      locale: "en-GB",
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    await openPage(page, `${server.baseUrl}/support`);

    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("When someone you love pulls away");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("It is usually not about you.");
    expect(main).toContain("does not put the idea in someone's head");
    // The region came from the browser's language.
    expect(main).toContain("Samaritans");
    expect(main).toContain("999");

    // The contents list jumps to its section without any script.
    await page
      .getByRole("navigation", { name: "On this page" })
      .getByRole("link", {
        name: "Asking about suicide",
      })
      .click();
    expect(new URL(page.url()).hash).toBe("#asking-about-suicide");

    // The region picker is a plain form.
    await page.getByLabel("Show help lines for").selectOption({ label: "United States" });
    await Promise.all([
      page.waitForURL(/\/support\?region=US/),
      page.getByRole("button", { name: "Show" }).click(),
    ]);
    const states = (await page.locator("main").textContent()) ?? "";
    expect(states).toContain("988");
    expect(states).not.toContain("Samaritans");

    // "Get help now" sits at the top and opens the crisis page.
    await Promise.all([
      page.waitForURL(/\/crisis(\?from=[^&]*)?$/),
      page.getByRole("banner").getByRole("link", { name: "Get help now" }).click(),
    ]);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("You don't have to get through this alone");
  });

  it("passes axe in light and dark, and fits a 320 px screen", async () => {
    const { page, server } = journey;
    await openPage(page, `${server.baseUrl}/support?region=US`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });

    // Nothing scrolls sideways, and every control is a thumb-sized target.
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) found.push(`page is ${root.scrollWidth}px wide`);
      for (const target of document.querySelectorAll("button, select, nav a, .call, .help-now")) {
        const box = target.getBoundingClientRect();
        if (box.height < 44) found.push(`"${target.textContent?.trim()}" is ${box.height}px tall`);
      }
      return found;
    });
    expect(problems).toEqual([]);
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    expect(await page.locator("script").count()).toBe(0);
  });
});

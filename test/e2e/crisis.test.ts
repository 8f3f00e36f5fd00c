import { describe, expect, it } from "vitest";
import data from "../../src/core/crisis/resources.json" with { type: "json" };
import { CrisisPage } from "./pages/CrisisPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

describe.skipIf(browserUnavailable())("getting help", () => {
  const journey = useJourney();

  it("is one tap from the sign-in screen", async () => {
    const { page, server } = journey;
    await createOwner(server.baseUrl, OWNER);
    await openPage(page, server.baseUrl);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await Promise.all([page.waitForURL(/\/crisis(\?from=[^&]*)?$/), signIn.helpLink.click()]);
    const crisis = new CrisisPage(page);
    await crisis.heading.waitFor();
    expect(await crisis.resources.count()).toBeGreaterThan(0);
  });

  it("works with JavaScript off, region picker included", async () => {
    const { server } = journey;
    const context = await journey.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    // Even the app's own page points the way to help when it cannot run.
    await openPage(page, server.baseUrl);
    // And says what to do if that way needs a connection there is not.
    expect(await page.locator("main").textContent()).toContain("call your local emergency number");
    await Promise.all([
      page.waitForURL(/\/crisis(\?from=[^&]*)?$/),
      page.getByRole("banner").getByRole("link", { name: "Get help now" }).click(),
    ]);

    const crisis = new CrisisPage(page);
    await crisis.open(server.baseUrl, "GB");
    const britain = await page.locator("main").textContent();
    expect(britain).toContain("Samaritans");
    expect(britain).toContain("116 123");
    expect(britain).toContain("999");
    // With no script at all, every number is still one tap: a call or a text, never plain text.
    await expect(page.getByRole("link", { name: "Call 999" }).getAttribute("href")).resolves.toBe(
      "tel:999",
    );
    await expect(
      page.getByRole("link", { name: "Text SHOUT to 85258" }).getAttribute("href"),
    ).resolves.toBe("sms:85258?&body=SHOUT");

    await crisis.chooseRegion("United States");
    expect(new URL(page.url()).searchParams.get("region")).toBe("US");
    const states = await page.locator("main").textContent();
    expect(states).toContain("988");
    expect(states).not.toContain("Samaritans");
  });

  // The crisis page said the list "was checked on 2026-11-29": a code to work out, not a date,
  // on the page someone reads at their worst. The support guide said the same.
  it("says when the list was checked as a date anyone can read", async () => {
    const { page, server } = journey;
    const [year, month, day] = data.compiled.split("-").map(Number);
    const written = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).toLocaleDateString(
      "en-GB",
      { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
    );
    for (const path of ["/crisis", "/support"]) {
      await openPage(page, `${server.baseUrl}${path}`);
      const checked = page.getByText("This list was checked on");
      expect(await checked.textContent(), path).toContain(`checked on ${written}.`);
      expect(await checked.locator("time").getAttribute("datetime"), path).toBe(data.compiled);
    }
  });
});

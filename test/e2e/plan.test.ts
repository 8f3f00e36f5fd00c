import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CirclePage, PlanPage } from "./pages/PlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

describe.skipIf(browserUnavailable())("plan and circle", () => {
  // Copying is checked by reading the clipboard back, which the browser allows only when granted.
  const journey = useJourney({
    reducedMotion: "reduce",
    permissions: ["clipboard-read", "clipboard-write"],
  });
  let ownerMade = false;

  /** Signs in from the plan's address, which signing in returns to. */
  async function openPlan(): Promise<PlanPage> {
    const { page, server } = journey;
    if (!ownerMade) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, `${server.baseUrl}/plan`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    return plan;
  }

  it("on a low-energy day, plans a tiny suggestion and marks it done with ratings", async () => {
    const { page } = journey;
    const plan = await openPlan();
    await expect(plan.planLink.getAttribute("aria-current")).resolves.toBe("page");
    expect(await violations(page)).toEqual([]);

    await plan.chooseEnergy("Low");
    await page
      .getByText(/^Tiny enough for a low-energy day\.$/)
      .first()
      .waitFor();
    await expect(plan.suggestions.count()).resolves.toBe(3);
    const first = plan.suggestions.first();
    const title = (await first.getByRole("heading").textContent()) ?? "";
    expect(title).not.toBe("");
    await expect(first.textContent()).resolves.toContain("First step:");

    await plan.planSuggestion(title, 3);
    await page
      .getByRole("status")
      .filter({ hasText: `Planned: ${title}, today.` })
      .waitFor();
    const planned = plan.plan.filter({ hasText: title });
    await expect(planned.textContent()).resolves.toContain("Today, sometime that day");
    expect(await violations(page)).toEqual([]);

    await plan.markDone(title, 7, 6);
    await planned
      .getByText("Done. Enjoyed it 7 out of 10, achievement 6 out of 10 (you guessed 3).")
      .waitFor();
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
  });

  it("adds a person and copies a message draft to the clipboard", async () => {
    const { page } = journey;
    const plan = await openPlan();
    await plan.circleLink.click();
    const circle = new CirclePage(page);
    await circle.waitUntilShown();
    await page.getByText("Nobody here yet.", { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);

    await circle.addPerson("Jo", "sister");
    await page.getByRole("status").filter({ hasText: "Jo is in your circle." }).waitFor();
    await page.getByRole("heading", { name: "Jo", level: 2 }).waitFor();
    await expect(page.getByText("No connection noted yet.").count()).resolves.toBe(1);
    const draft = circle.drafts("Jo").first();
    const words = (await draft.locator(".draft").textContent()) ?? "";
    expect(words).toContain("Jo");

    await draft.getByRole("button", { name: "Copy", exact: true }).click();
    await draft.getByText("Copied. Paste it wherever you message them.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(words);
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
  });
});

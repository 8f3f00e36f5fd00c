import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { PlanPage } from "./pages/PlanPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const OWN = "Drink a glass of water";

/**
 * An activity made from a thought record has the person's words as its first step too. Its idea
 * card used to read "First step: Drink a glass of water" under the title "Drink a glass of
 * water"; like the calendar feed, the card now says it once.
 */
/**
 * Makes the person's own tiny activity, its first step its title, done four days ago and loved:
 * the one tiny idea sure to come first on a low-energy day.
 */
async function doneAndLovedFourDaysAgo(page: Page, baseUrl: string): Promise<void> {
  const api = (method: "POST" | "PATCH", path: string, data: object) =>
    page.request.fetch(`${baseUrl}${path}`, { method, data });
  const made = await api("POST", "/api/activities", {
    title: OWN,
    area: "body-routine",
    effort: "tiny",
    minutes: 2,
    social: false,
    firstStep: OWN,
  });
  expect(made.status()).toBe(201);
  const fourDaysAgo = new Date(Date.now() - 4 * 86_400_000).toISOString().slice(0, 10);
  const planned = await api("POST", "/api/plans", {
    activityId: ((await made.json()) as { id: string }).id,
    date: fourDaysAgo,
    time: null,
    predictedEnjoyment: 5,
  });
  expect(planned.status()).toBe(201);
  const done = await api("PATCH", `/api/plans/${((await planned.json()) as { id: string }).id}`, {
    status: "done",
    actualEnjoyment: 10,
    achievement: 5,
  });
  expect(done.status()).toBe(200);
}

describe.skipIf(browserUnavailable())("an idea whose first step is its title", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("shows the title and the minutes, without the title again as its first step", async () => {
    const page = await signIn("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();

    await doneAndLovedFourDaysAgo(page, journey.server.baseUrl);

    await plan.chooseEnergy("Low");
    const card = plan.suggestions.filter({
      has: page.getByRole("heading", { level: 3, name: OWN, exact: true }),
    });
    await card.getByText("Last time you did this, it felt like 10 out of 10.").waitFor();
    await card.getByText("About 2 min", { exact: true }).waitFor();
    await expect(card.textContent()).resolves.not.toContain("First step:");
    // The catalogue's ideas still say their first step.
    await expect(
      plan.suggestions.filter({ hasText: "First step:" }).count(),
    ).resolves.toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  it("a low day's tiny step on the check-in says it once too", async () => {
    const page = await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await doneAndLovedFourDaysAgo(page, journey.server.baseUrl);
    await checkin.pick("Mood", 2);
    await checkin.saveButton.click();
    const step = page.locator(".low-day-step strong").filter({ hasText: OWN });
    await step.waitFor();
    // The words around the step's title: the title sits in <bdi> inside the <strong>.
    const words = await step.locator("..").textContent();
    expect(words).toBe(`${OWN} (about 2 min).`);
  });
});

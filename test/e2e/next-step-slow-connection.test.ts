import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CirclePage } from "./pages/CirclePage.js";
import { recordWithNextStep } from "./pages/NextStepPanel.js";
import { PlanPage } from "./pages/PlanPage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests, tapTwiceAtOnce } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** What the server holds at `path` for the signed-in person, as a list under `key`. */
async function listed(page: Page, baseUrl: string, path: string, key: string) {
  const response = await page.request.get(`${baseUrl}${path}`);
  expect(response.status()).toBe(200);
  return (
    ((await response.json()) as Record<string, { title?: string; name?: string }[]>)[key] ?? []
  );
}

/**
 * A next small step offered after a thought record, taken on a slow connection: nothing seems to
 * happen, and a tired thumb taps again. Each tap used to add the step (or the person) once more.
 */
describe.skipIf(browserUnavailable())("a next small step taken on a slow connection", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("'Plan this' plans the step once", async () => {
    const page = await signIn("/thoughts/new");
    const next = await recordWithNextStep(page);
    await next.planThis.click();
    await next.planForm.getByLabel("What you'll do").fill("Send Alex one line");
    await next.guessEnjoyment(3);

    const held = await holdRequests(page, "**/api/activities", (method) => method === "POST");
    await tapTwiceAtOnce(next.planForm.getByRole("button", { name: "Add to my plan" }));
    held.release();
    await new PlanPage(page).waitUntilShown();
    await held.stop();

    expect(held.sent).toEqual(["POST"]);
    const plans = await listed(page, journey.server.baseUrl, "/api/plans", "plans");
    expect(plans).toHaveLength(1);
  });

  it("'Add to my circle' adds the person once", async () => {
    const page = await signIn("/thoughts/new");
    const next = await recordWithNextStep(page);
    await next.addToCircle.click();
    await next.circleForm.getByLabel("Name").fill("Alex");

    const held = await holdRequests(page, "**/api/people", (method) => method === "POST");
    await tapTwiceAtOnce(next.circleForm.getByRole("button", { name: "Add to my circle" }));
    held.release();
    await new CirclePage(page).waitForHeading("Your circle");
    await held.stop();

    expect(held.sent).toEqual(["POST"]);
    const people = await listed(page, journey.server.baseUrl, "/api/people", "people");
    expect(people.map((person) => person.name)).toEqual(["Alex"]);
  });
});

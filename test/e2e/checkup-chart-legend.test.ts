import { describe, expect, it } from "vitest";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * The key under the check-up chart once said "● A score", which left a tired reader to work out
 * what a dot was. It says what each mark is, and names only the marks the chart draws.
 */
describe.skipIf(browserUnavailable())("the key under the check-up chart", () => {
  const journey = useJourney({ reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  async function take(answers: number[]): Promise<void> {
    const { page, server } = journey;
    const taken = await page.request.post(`${server.baseUrl}/api/assessments`, {
      data: { instrument: "phq9", answers },
    });
    expect(taken.status()).toBe(201);
  }

  async function keyWords(): Promise<string[]> {
    const { page, server } = journey;
    await page.goto(`${server.baseUrl}/check-ups`);
    const checkups = new CheckupsPage(page);
    await checkups.waitUntilShown();
    const key = page
      .getByRole("region", { name: "Your PHQ-9 scores" })
      .locator("figcaption")
      .getByRole("listitem");
    await key.first().waitFor();
    return (await key.allTextContents()).map((text) => text.trim());
  }

  it("names only the diamond while every check-up had self-harm marked, then says what a dot is", async () => {
    await signIn("/check-ups");
    await new CheckupsPage(journey.page).waitUntilShown();
    await take([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(await keyWords()).toEqual([
      "Each diamond is a check-up with thoughts of self-harm marked",
    ]);
    expect(await violations(journey.page)).toEqual([]);

    // Once a check-up is drawn as a dot, the key says what a dot is.
    await take([1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(await keyWords()).toEqual([
      "Each dot is one check-up",
      "Each diamond is a check-up with thoughts of self-harm marked",
    ]);
    expect(await violations(journey.page)).toEqual([]);
  });
});

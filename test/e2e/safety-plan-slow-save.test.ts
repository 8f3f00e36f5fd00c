import { describe, expect, it } from "vitest";
import { SAFETY_PLAN_ENTRY_MAX } from "../../src/core/safety-plan/safety-plan.schema.js";
import { SafetyPlanPage, saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };
/** As long as an entry may be, so the longest words are the ones walked. */
const LONG_STEP =
  `When the evenings get long I ${"stop answering messages and ".repeat(8)}sit in the dark`.slice(
    0,
    SAFETY_PLAN_ENTRY_MAX,
  );
const EMOJI_NAME = "Lena 💜🌻 (my sister), 07700 900456";

describe.skipIf(browserUnavailable())("the safety plan saved on a slow connection", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("sends one save for a double tap, and keeps words typed while that save was on its way", async () => {
    const { page } = journey;
    await readTextAt(page, 200);
    await signIn("/safety-plan");
    await new SafetyPlanPage(page).waitUntilShown();
    expect(await saveSafetyPlan(page, { warningSigns: ["I stop eating properly"] })).toBe(200);
    await page.reload();
    const plan = new SafetyPlanPage(page);
    await plan.editWhenLoaded();

    await plan.add("My warning signs", LONG_STEP);
    await plan.add("People I can ask for help", EMOJI_NAME);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    const held = await holdRequests(page, "**/api/safety-plan", (method) => method === "PUT");
    const submit = page.locator("main form button[type=submit]");
    await submit.click();
    await submit.click();
    await page.getByRole("button", { name: "Saving…" }).waitFor();
    // A second thought, typed while the first save is still on its way.
    await plan.add("My reasons for living", "Walking the dog with Lena on Sundays");
    expect(held.sent).toEqual(["PUT"]);
    held.release();

    // The words typed meanwhile are still on screen, then saved in their turn.
    await plan.waitForAutosave();
    expect(await plan.values("My reasons for living")).toEqual([
      "Walking the dog with Lena on Sundays",
    ]);
    await held.stop();

    await page.reload();
    await plan.waitUntilViewed();
    expect(await plan.shown("My reasons for living")).toEqual([
      "Walking the dog with Lena on Sundays",
    ]);
    expect(await plan.shown("My warning signs")).toEqual(["I stop eating properly", LONG_STEP]);
    expect(await plan.shown("People I can ask for help")).toEqual([EMOJI_NAME]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });
});

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SafetyPlanPage, saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests } from "./support/held-requests.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const CONTEXT = { locale: "en-GB", reducedMotion: "reduce" } as const;

/** Every step of the plan as the server keeps it now. */
async function kept(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => (await fetch("/api/safety-plan")).json());
}

/** A phone held upright, as a person reading at 200% text would hold it. */
const PHONE = { width: 390, height: 844 };

const signs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Warning sign ${from + i}`);

/*
 * The same person with the safety plan open in two places at once, both online: the phone and
 * the laptop, say. The plan is saved whole, so the second save used to put back the plan as its
 * page had loaded it and silently drop what the first had just written. Each page now says which
 * version it edited over; the second is refused, merges the other's changes with its own over
 * the version both were typed over (a line removed on one stays removed; one written on either is
 * kept), and saves them all, telling the person.
 */
describe.skipIf(browserUnavailable())("a safety plan edited in two places at once", () => {
  const journey = useJourney(CONTEXT);
  const signIn = ownerSignIn(journey);

  /** Both pages open the editor on `plan`, saved first. */
  async function openTwice(plan: Record<string, string[]>): Promise<[SafetyPlanPage, Page]> {
    const { page, server } = journey;
    await signIn("/safety-plan");
    await new SafetyPlanPage(page).waitForHeading("My safety plan");
    expect(await saveSafetyPlan(page, plan)).toBe(200);
    await page.reload();
    const here = new SafetyPlanPage(page);
    await here.editWhenLoaded();
    const there = await journey.newContext(CONTEXT);
    // As the journey's own context: a stuck wait names what it waited for well within the test.
    there.setDefaultTimeout(15_000);
    const laptop = await there.newPage();
    await openPage(laptop, `${server.baseUrl}/safety-plan`);
    const signInThere = new SignInPage(laptop);
    await signInThere.waitUntilShown();
    await signInThere.signIn(OWNER.username, OWNER.password);
    await new SafetyPlanPage(laptop).editWhenLoaded();
    return [here, laptop];
  }

  it("keeps the lines written on both, and says so on the page that saved second", async () => {
    const [phone, laptopPage] = await openTwice({
      warningSigns: ["I stop eating properly", "I stay in bed all day"],
    });
    const laptop = new SafetyPlanPage(laptopPage);
    await phone.add("People I can ask for help", "Alex, who said to call any time");
    // A line removed on the phone, which the laptop still shows as it was loaded.
    const signsHere = phone.step("My warning signs");
    await signsHere.getByRole("button", { name: "Remove an entry" }).click();
    await signsHere.getByRole("button", { name: "Remove warning sign 2", exact: true }).click();
    await expect
      .poll(async () => {
        const plan = await kept(journey.page);
        return [plan.warningSigns, plan.peopleToAsk];
      })
      .toEqual([["I stop eating properly"], ["Alex, who said to call any time"]]);
    await laptop.add("My reasons for living", "The dog");
    // A short line pinned at the bottom, the whole of it near the top of the form, heard once.
    await laptop.status
      .filter({ hasText: /^Saved, with changes from another device too\.$/ })
      .waitFor();
    await laptop.notice.filter({ hasText: /changed somewhere else too.*Saved\./ }).waitFor();
    expect(await laptopPage.locator(".saving-status [role='status']").ariaSnapshot()).not.toMatch(
      /another device|somewhere else/,
    );
    expect(await kept(laptopPage)).toMatchObject({
      warningSigns: ["I stop eating properly"],
      peopleToAsk: ["Alex, who said to call any time"],
      reasonsForLiving: ["The dog"],
    });
    expect(await laptop.values("People I can ask for help")).toEqual([
      "Alex, who said to call any time",
    ]);
    // The line removed on the phone and left alone on the laptop stays removed: the merge
    // knows both were typed over the same saved plan, so it was not written anew on the laptop.
    expect(await laptop.values("My warning signs")).toEqual(["I stop eating properly"]);
  });

  it("saves the rest when a step ends up with more lines than it holds, and lets the person choose", async () => {
    const [phone, laptopPage] = await openTwice({ warningSigns: signs(1, 15) });
    const laptop = new SafetyPlanPage(laptopPage);
    // The phone fills the step to the 20 lines it holds, so every save the laptop makes over the
    // plan it loaded, with one of its lines or all four, takes the step over the limit once kept
    // together: under load an autosave can fall between the lines typed, and the end is the same.
    for (const n of [16, 17, 18, 19, 20]) {
      await phone.add("My warning signs", `Warning sign ${n}`);
    }
    await phone.waitForAutosave();
    // The laptop's saves wait, as on a slow connection, until all its lines are typed: the phone's
    // lines then join them once, after the last, in the order checked below.
    const held = await holdRequests(laptopPage, "**/api/safety-plan", (m) => m === "PUT");
    for (const n of [30, 31, 32, 33]) await laptop.add("My warning signs", `Warning sign ${n}`);
    await laptop.add("My reasons for living", "The dog");
    await expect.poll(() => held.sent.length).toBeGreaterThan(0);
    await held.stop();

    // Nothing is lost: all 24 lines stay on the laptop, the rest of the plan is saved, and the
    // step over the limit is named, with how many lines to choose from.
    await laptop.status
      .filter({ hasText: /^Step 1 needs your choice; the rest is saved\.$/ })
      .waitFor();
    await laptop.notice
      .filter({ hasText: /saved\. Step 1, “My warning signs” now has more than the 20 lines/ })
      .waitFor();
    // The laptop's own lines first, then those saved elsewhere (keptTogether).
    const all = [...signs(1, 15), ...signs(30, 33), ...signs(16, 20)];
    expect(await laptop.values("My warning signs")).toEqual(all);
    const note = laptop
      .step("My warning signs")
      .getByText("This step now has 24 lines, and a step can hold 20.");
    await note.waitFor();
    // Set apart in the same calm box as a kept draft, so it is found among 24 lines at a glance.
    expect(
      await note.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.borderLeftWidth} ${style.borderLeftStyle}`;
      }),
    ).toBe("4px solid");
    await expect.poll(async () => (await kept(laptopPage)).reasonsForLiving).toEqual(["The dog"]);
    expect((await kept(laptopPage)).warningSigns).toEqual(signs(1, 20));

    // Opened again later, on a phone at 200% text, every line is still there waiting for the
    // choice, none sent over.
    await laptopPage.setViewportSize(PHONE);
    await readTextAt(laptopPage, 200);
    await laptopPage.reload();
    await laptop.notice.filter({ hasText: /“My warning signs” now has more than/ }).waitFor();
    await laptop.status.filter({ hasText: /Step 1 needs your choice/ }).waitFor();
    expect(await laptop.values("My warning signs")).toEqual(all);
    // The saving line pinned to the bottom of the screen stays short, so it never covers the
    // lines the person must choose from: a quarter of the screen at most.
    const pinned = await laptopPage.locator(".saving-status").boundingBox();
    expect(pinned?.height).toBeLessThanOrEqual(PHONE.height / 4);
    expect(await violations(laptopPage)).toEqual([]);

    // Four removed, and the step saves by itself with the lines the person chose.
    await laptop.step("My warning signs").getByRole("button", { name: "Remove an entry" }).click();
    // Lines 2 to 5 as first shown: each removal moves the ones after it up a place.
    for (let removed = 0; removed < 4; removed++) {
      await laptop
        .step("My warning signs")
        .getByRole("button", { name: "Remove warning sign 2", exact: true })
        .click();
    }
    await laptop.waitForAutosave();
    const chosen = all.filter((line) => !signs(2, 5).includes(line));
    expect((await kept(laptopPage)).warningSigns).toEqual(chosen);
    expect((await kept(laptopPage)).reasonsForLiving).toEqual(["The dog"]);
  });
});

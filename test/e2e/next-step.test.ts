import { describe, expect, it } from "vitest";
import { NextStepPanel } from "./pages/NextStepPanel.js";
import { CirclePage, PlanPage } from "./pages/PlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const BALANCED = "Ben has been busy, not angry. I could ring Ben myself this week.";

describe.skipIf(browserUnavailable())(
  "the next small step from a thought record, on a phone",
  () => {
    const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });

    it("a balanced thought naming Ben leads to a plan to ring him, and to Ben in the circle", async () => {
      const { page, server } = journey;
      await createOwner(server.baseUrl, OWNER);
      await openPage(page, `${server.baseUrl}/thoughts/new`);
      const signIn = new SignInPage(page);
      await signIn.waitUntilShown();
      await signIn.signIn(OWNER.username, OWNER.password);

      const record = new ThoughtRecordPage(page);
      await record.toTheThought("Ben didn't call back on Sunday.");
      await record.thought.fill("He's fed up with me.");
      await record.next("How did it make you feel?");
      await record.next("Looking at the evidence");
      await record.next("A kinder, more balanced view");
      await page.getByLabel("A more balanced thought (optional)").fill(BALANCED);
      await record.saveButton.click();
      await record.waitForSaved("Well done");

      // Saved: the record on one page, focus on it, and the step it points to.
      const summary = page.getByRole("heading", { level: 2, name: "On one page" });
      await summary.waitFor();
      await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      const next = new NextStepPanel(page);
      await next.region.waitFor();
      expect(await violations(page)).toEqual([]);

      // "Plan this", prefilled from the thought and changed before it is saved.
      await next.planThis.click();
      const what = next.planForm.getByLabel("What you'll do");
      await expect(what.inputValue()).resolves.toBe("Ring Ben");
      await expect(what.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await next.planForm.getByRole("button", { name: "Add to my plan" }).click();
      await next.planForm.getByText(/make a guess at how much you'll enjoy it/).waitFor();
      // Words of only a zero-width space are asked for again here, as the server would refuse them.
      await what.fill("\u200b");
      await next.planForm.getByRole("button", { name: "Add to my plan" }).click();
      await next.planForm.getByText("Please say what you'd like to do.").waitFor();
      await what.fill("Ring Ben after work");
      await next.guessEnjoyment(6);
      expect(await violations(page)).toEqual([]);
      await next.planForm.getByRole("button", { name: "Add to my plan" }).click();
      const plan = new PlanPage(page);
      await plan.waitUntilShown();
      await expect(plan.plan.filter({ hasText: "Ring Ben after work" }).count()).resolves.toBe(1);

      // Back to the record: it opens on one page, and adds Ben to the circle.
      await page.goBack();
      await record.waitForHeading("Your thought record");
      await page.getByText(BALANCED).waitFor();
      await next.addToCircle.click();
      const name = next.circleForm.getByLabel("Name");
      await expect(name.inputValue()).resolves.toBe("Ben");
      await name.fill("\u0301");
      await next.circleForm.getByRole("button", { name: "Add to my circle" }).click();
      await next.circleForm.getByText("Please add a name, or a nickname.").waitFor();
      await name.fill("Ben");
      await next.circleForm.getByRole("button", { name: "Add to my circle" }).click();
      const circle = new CirclePage(page);
      await circle.waitUntilShown();
      await page.getByRole("heading", { level: 2, name: "Ben" }).waitFor();
      expect(await violations(page)).toEqual([]);

      // Once Ben is in the circle, the record points there instead of adding him twice.
      await page.goBack();
      await record.waitForHeading("Your thought record");
      await next.region.getByRole("link", { name: "See Ben in your circle" }).waitFor();
      await expect(next.addToCircle.count()).resolves.toBe(0);
    });

    it("offers nothing when the balanced thought names no one and no action", async () => {
      const { page, server } = journey;
      await openPage(page, `${server.baseUrl}/thoughts/new`);
      const signIn = new SignInPage(page);
      await signIn.waitUntilShown();
      await signIn.signIn(OWNER.username, OWNER.password);
      const record = new ThoughtRecordPage(page);
      await record.toTheThought();
      await record.thought.fill("I always get things wrong.");
      await record.next("How did it make you feel?");
      await record.next("Looking at the evidence");
      await record.next("A kinder, more balanced view");
      await page
        .getByLabel("A more balanced thought (optional)")
        .fill("It was one bad day, not a bad life.");
      await record.saveButton.click();
      await page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
      await expect(new NextStepPanel(page).region.count()).resolves.toBe(0);
    });
  },
);

import { describe, expect, it } from "vitest";
import { CirclePage, PlanPage } from "./pages/PlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

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
      // The guess was about enjoyment, so it is said beside enjoyment, not after achievement.
      .getByText(
        "Done. Enjoyed it 7 out of 10 (you expected 3). Felt like an achievement: 6 out of 10.",
      )
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

    await draft.getByRole("button", { name: `Copy for Jo: “${words}”`, exact: true }).click();
    await draft.getByText("Copied. Paste it wherever you message them.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(words);
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
  });

  it("adds, edits and hides activities with the keyboard, and a hidden one stops being suggested", async () => {
    const { page } = journey;
    const plan = await openPlan();
    const activities = plan.activities;
    await activities.open();
    await activities.area("Connection").first().waitFor();
    expect(await violations(page)).toEqual([]);

    // A tiny step that takes 20 minutes is refused, in the API schema's words, beside Minutes.
    const own = {
      title: "Text Jo a photo of the dog",
      area: "Connection",
      effort: "Tiny",
      minutes: 20,
      social: true,
      firstStep: "Open the photos",
    } as const;
    const form = await activities.startOwn(own);
    await activities.submit();
    const minutes = form.getByLabel("Minutes", { exact: true });
    await form.getByText("A tiny step takes 5 minutes or less.").waitFor();
    await activities.expectFocused(minutes);
    await expect(minutes.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(
      minutes.evaluate((input) => input.getAttribute("aria-describedby") ?? ""),
    ).resolves.toContain("minutes-error");
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("3");
    await activities.submit();
    await activities.status
      .filter({ hasText: `Added: ${own.title}. It's listed under Connection.` })
      .waitFor();
    const listed = activities.area("Connection").filter({ hasText: own.title });
    await expect(listed.textContent()).resolves.toContain(
      "Tiny · about 3 min · with someone · yours",
    );
    await activities.expectFocused(page.getByRole("button", { name: `Edit: ${own.title}` }));

    const changed = {
      ...own,
      title: "Send Jo a photo of the dog",
      area: "Enjoyment",
      effort: "Small",
      minutes: 10,
      social: false,
    } as const;
    await activities.edit(own.title, changed);
    await activities.status.filter({ hasText: `Saved: ${changed.title}.` }).waitFor();
    const moved = activities.area("Enjoyment").filter({ hasText: changed.title });
    await expect(moved.textContent()).resolves.toContain("Small · about 10 min · yours");
    await expect(
      activities.area("Connection").filter({ hasText: own.title }).count(),
    ).resolves.toBe(0);

    // Hide today's first suggestion (a catalogue activity): it moves to Hidden and out of the ideas.
    const suggested = plan.suggestions.first().getByRole("heading");
    const title = (await suggested.textContent()) ?? "";
    expect(title).not.toBe("");
    await activities.press(activities.hideButton(title));
    await activities.status.filter({ hasText: `Hidden: ${title}.` }).waitFor();
    await activities.hidden.filter({ hasText: title }).waitFor();
    await plan.suggestions
      .getByRole("heading", { name: title, exact: true })
      .waitFor({ state: "detached" });
    await expect(activities.hideButton(title).count()).resolves.toBe(0);
    const show = activities.showButton(title);
    await activities.expectFocused(show);
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press("Enter");
    await activities.status.filter({ hasText: `${title} is back` }).waitFor();
    await activities.expectFocused(activities.hideButton(title));
    await expect(activities.hidden.count()).resolves.toBe(0);
    await page.getByText("Nothing is hidden.", { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
    // The longest journey here (about 30 s alone, five axe passes): room for a busy machine.
  }, 120_000);

  it("plans any activity straight from the list, with the keyboard", async () => {
    const { page } = journey;
    const plan = await openPlan();
    const activities = plan.activities;
    await activities.open();
    // An activity not already in the week's plan (the day's ideas, planned by the journeys
    // before this one, change with the date), so the new card is the only one with its title.
    const inPlan = await plan.plan.allTextContents();
    const listedTitles = await activities
      .area("Body and routine")
      .evaluateAll((items) =>
        items.map((item) => item.querySelector("p")?.textContent?.trim() ?? ""),
      );
    const title =
      listedTitles.find((name) => name !== "" && !inPlan.some((card) => card.includes(name))) ?? "";
    expect(title).not.toBe("");

    await activities.press(page.getByRole("button", { name: `Plan: ${title}` }));
    // The form opens under today's ideas, far above the list, so focus goes with it.
    const form = page.getByRole("form", { name: `Plan: ${title}` });
    await activities.expectFocused(form.getByRole("heading", { name: `Plan: ${title}` }));
    expect(await violations(page)).toEqual([]);
    await form
      .getByRole("radiogroup", { name: "How much do you think you'll enjoy it?" })
      .getByRole("radio", { name: "4", exact: true })
      .check();
    await activities.press(form.getByRole("button", { name: "Add to my plan" }));
    await page.getByText(`Planned: ${title}, today.`).waitFor();
    await plan.plan.filter({ hasText: title }).waitFor();
  });
});

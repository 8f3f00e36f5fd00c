import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { PlanPage } from "./pages/PlanPage.js";
import { ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { TrapSuggestionsPanel } from "./pages/TrapSuggestionsPanel.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocused, tabTo } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * A keyboard user presses a button that takes itself (or its form) off the screen, or adds
 * something new. Focus must land somewhere that makes sense, never on the page body, where the
 * next Tab starts again from the top and a screen reader says nothing.
 */
describe.skipIf(browserUnavailable())("focus after adding and removing things", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
  const signInAt = ownerSignIn(journey);

  it("'Close this' on the crisis card goes back to the note being written", async () => {
    const page = await signInAt("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.openMore();
    await checkin.note.focus();
    await page.keyboard.type("I can't go on like this, everyone would be better off without me");
    await checkin.crisisCard.waitFor();
    expect(await violations(page)).toEqual([]);

    const close = checkin.crisisCard.getByRole("button", { name: "Close this" });
    await tabTo(page, close, "'Close this'");
    await page.keyboard.press("Enter");
    await checkin.crisisCard.waitFor({ state: "detached" });
    await expectFocused(page, checkin.note, "the note");
    // Writing simply goes on where it stopped.
    await page.keyboard.type(" Not today though.");
    await expect(checkin.note.inputValue()).resolves.toMatch(/without me Not today though\.$/);
  });

  it("'Add to my plan' goes to the step in the week, and 'I did it' to its first rating", async () => {
    const page = await signInAt("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    const first = plan.suggestions.first();
    const title = ((await first.getByRole("heading").textContent()) ?? "").trim();
    expect(title).not.toBe("");

    await tabTo(page, page.getByRole("button", { name: `Plan this: ${title}` }), "'Plan this'");
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: `Plan: ${title}` });
    const guess = form.getByRole("radiogroup", { name: "How much do you think you'll enjoy it?" });
    await tabTo(page, guess.getByRole("radio", { name: "0", exact: true }), "the guess");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await tabTo(page, form.getByRole("button", { name: "Add to my plan" }), "'Add to my plan'");
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: `Planned: ${title}, today.` })
      .waitFor();
    const planned = plan.plan.filter({ hasText: title }).last();
    await expectFocused(page, planned.getByRole("heading", { name: title }), "the planned step");
    expect(await violations(page)).toEqual([]);

    // The next Tab goes on inside the step just planned.
    await page.keyboard.press("Tab");
    await expectFocused(
      page,
      planned.getByRole("button", { name: `I did it: ${title}` }),
      "'I did it'",
    );
    await page.keyboard.press("Enter");
    const rated = planned.getByRole("form", { name: `How it went: ${title}` });
    const enjoyed = rated.getByRole("radiogroup", { name: "How much did you enjoy it?" });
    await expectFocused(
      page,
      enjoyed.getByRole("radio", { name: "0", exact: true }),
      "the first rating",
    );
    expect(await violations(page)).toEqual([]);

    // "Back" returns to the button that opened the ratings.
    await tabTo(page, rated.getByRole("button", { name: "Back" }), "'Back'");
    await page.keyboard.press("Enter");
    await expectFocused(
      page,
      planned.getByRole("button", { name: `I did it: ${title}` }),
      "'I did it'",
    );

    await page.keyboard.press("Enter");
    await expectFocused(
      page,
      enjoyed.getByRole("radio", { name: "0", exact: true }),
      "the first rating",
    );
    await page.keyboard.press("ArrowRight");
    await tabTo(page, rated.getByRole("button", { name: "Save" }), "'Save'");
    await page.keyboard.press("Enter");
    await planned.getByText(/^Done\. Enjoyed it 1 out of 10/).waitFor();
    await expectFocused(page, planned.getByRole("heading", { name: title }), "the step's heading");
  });

  it("'Remove' on a trap suggestion goes to the next suggestion, then to what is left", async () => {
    const page = await signInAt("/thoughts/new");
    const record = new ThoughtRecordPage(page);
    await record.toTheThought();
    await record.thought.focus();
    await page.keyboard.type("He's bored of me, and he'll stop calling soon.");
    const traps = new TrapSuggestionsPanel(page);
    await traps.card("Fortune telling").waitFor();
    const names = await traps.cards.getByRole("heading", { level: 4 }).allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const [firstName, secondName] = names;
    expect(await violations(page)).toEqual([]);

    await tabTo(
      page,
      traps.region.getByRole("button", { name: `Remove ${firstName}` }),
      "'Remove'",
    );
    await page.keyboard.press("Enter");
    await traps.card(firstName ?? "").waitFor({ state: "detached" });
    await expectFocused(
      page,
      traps.card(secondName ?? "").getByRole("heading", { level: 4 }),
      "the next suggestion",
    );

    // Removing the rest one by one ends on the message that says none are left.
    for (const name of names.slice(1)) {
      await tabTo(page, traps.region.getByRole("button", { name: `Remove ${name}` }), "'Remove'");
      await page.keyboard.press("Enter");
      await traps.card(name).waitFor({ state: "detached" });
    }
    await expectFocused(page, traps.hint, "the suggestions' message");
    expect(await violations(page)).toEqual([]);
  });

  it("adding a feeling goes to its new field, and removing one to the next", async () => {
    const page = await signInAt("/thoughts/new");
    const record = new ThoughtRecordPage(page);
    await record.toTheThought();
    await record.thought.fill("Nobody really wants me around.");
    await record.next("How did it make you feel?");

    // A tapped word is named already: next is how strong it is.
    await tabTo(page, page.getByRole("button", { name: "Add Lonely" }), "'Add Lonely'");
    await page.keyboard.press("Enter");
    const lonely = page.getByRole("group", { name: "Lonely" });
    await expectFocused(page, lonely.getByLabel("How strong (0 to 100)"), "how strong Lonely is");
    await page.keyboard.type("70");

    // A blank feeling starts at its name.
    await tabTo(page, page.getByRole("button", { name: "Add another feeling" }), "'Add another'");
    await page.keyboard.press("Enter");
    const second = page.getByRole("group", { name: "Feeling 2" });
    await expectFocused(page, second.getByLabel("What you felt"), "the new feeling's name");
    await page.keyboard.type("Tired");
    expect(await violations(page)).toEqual([]);

    await tabTo(page, lonely.getByRole("button", { name: "Remove Lonely" }), "'Remove Lonely'");
    await page.keyboard.press("Enter");
    await lonely.waitFor({ state: "detached" });
    await expectFocused(
      page,
      page.getByRole("group", { name: "Tired" }).getByLabel("What you felt"),
      "the next feeling",
    );
  });
});

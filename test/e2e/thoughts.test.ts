import { describe, expect, it } from "vitest";
import { SignInPage } from "./pages/SignInPage.js";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { crisisCheckAnswered } from "./support/crisis-check.js";
import { expectFocusSettles } from "./support/focus.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { comesBefore } from "./support/order.js";
import { createOwner } from "./support/server.js";

describe.skipIf(browserUnavailable())("thought records", () => {
  const journey = useJourney({ reducedMotion: "reduce" });
  let ownerMade = false;

  /** Signs in from the thoughts address, which signing in returns to. */
  async function openThoughts(): Promise<ThoughtListPage> {
    const { page, server } = journey;
    if (!ownerMade) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, `${server.baseUrl}/thoughts`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    return list;
  }

  it("writes a thought, keeps a suggested trap, adds one by hand, finishes and finds it", async () => {
    const { page } = journey;
    const list = await openThoughts();
    expect(new URL(page.url()).pathname).toBe("/thoughts");
    await expect(list.thoughtsLink.getAttribute("aria-current")).resolves.toBe("page");
    expect(await violations(page)).toEqual([]);

    const record = await list.startNew();
    await record.toTheThought("Jo didn't answer my message all day.");

    const thought = "She thinks I'm boring and she'll leave me.";
    await record.thought.fill(thought);
    const mindReading = record.suggestion("Mind reading");
    await mindReading.waitFor();
    // The words that show the trap are marked, underlined (not colour alone) and labelled.
    const mark = mindReading.locator("mark");
    await expect(mark.textContent()).resolves.toBe(
      "Words that suggest Mind reading: She thinks I'm",
    );
    await expect(
      mark.evaluate((element) => getComputedStyle(element).textDecorationLine),
    ).resolves.toContain("underline");
    await expect(mindReading.textContent()).resolves.toContain(
      "What do you actually know about what they think?",
    );

    const keep = mindReading.getByRole("button", { name: "Keep Mind reading" });
    await keep.click();
    await expect(keep.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(record.handPicked("Mind reading").isChecked()).resolves.toBe(true);
    await record.handPicked("Feeling like a burden").check();
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });

    // Saved part way, then finished.
    await record.saveForNowButton.click();
    await record.waitForSaved("You can come back and finish this any time.");
    await page.waitForURL(/\/thoughts\/[^/]+$/);
    await expect(record.thought.inputValue()).resolves.toBe(thought);

    await record.next("How did it make you feel?");
    await page.getByRole("button", { name: "Add Sad" }).click();
    await page.getByLabel("How strong (0 to 100)").fill("80");
    await record.next("Looking at the evidence");
    await page
      .getByLabel("What makes the thought seem true? (optional)")
      .fill("She was quiet at the weekend.");
    await page
      .getByLabel("What doesn't fit the thought? (optional)")
      .fill("She asked me to the cinema last week.");
    await record.next("A kinder, more balanced view");
    await page
      .getByLabel("A more balanced thought (optional)")
      .fill("She may just be busy. I can ask how she is.");
    await page.getByLabel('How strong is "Sad" now? (optional)').fill("50");
    await page.getByText('"Sad" went from 80 to 50: 30 points lighter.').waitFor();
    await record.saveButton.click();
    await record.waitForSaved("Well done");
    expect(await violations(page)).toEqual([]);

    await list.thoughtsLink.click();
    await list.waitUntilShown();
    await expect(list.records.count()).resolves.toBe(1);
    await expect(list.records.first().textContent()).resolves.toContain(thought);
    await expect(list.commonTraps.textContent()).resolves.toContain("Mind reading: once");
    await expect(list.commonTraps.textContent()).resolves.toContain("Feeling like a burden: once");
    expect(await violations(page)).toEqual([]);

    await list.searchFor("holiday");
    await list.searchStatus.filter({ hasText: 'Nothing matches "holiday".' }).waitFor();
    await expect(list.records.count()).resolves.toBe(0);
    await list.searchFor("BORING");
    await list.searchStatus.filter({ hasText: "One record matches" }).waitFor();
    expect(await violations(page)).toEqual([]);

    // The record opens again with everything in place.
    await list.records.first().getByRole("link").click();
    await record.waitForHeading("Your thought record");
    await page.getByText("She may just be busy. I can ask how she is.").waitFor();
    await record.edit();
    await record.next("What went through your mind?");
    await expect(record.thought.inputValue()).resolves.toBe(thought);
    await expect(record.handPicked("Feeling like a burden").isChecked()).resolves.toBe(true);
    await expect(record.handPicked("Mind reading").isChecked()).resolves.toBe(true);
  });

  it("keeps a removed suggestion removed when the record is opened again", async () => {
    const { page } = journey;
    const list = await openThoughts();
    const record = await list.writeNewThought("He's bored of me, and he'll stop calling soon.");
    const mindReading = record.suggestion("Mind reading");
    const fortuneTelling = record.suggestion("Fortune telling");
    await mindReading.waitFor();
    await fortuneTelling.waitFor();

    await fortuneTelling.getByRole("button", { name: "Remove Fortune telling" }).click();
    await fortuneTelling.waitFor({ state: "detached" });
    await record.saveForNowButton.click();
    await record.waitForSaved("You can come back and finish this any time.");
    await page.waitForURL(/\/thoughts\/[^/]+$/);

    await page.reload();
    await record.waitForHeading("Your thought record");
    await record.edit();
    await record.next("What went through your mind?");
    await mindReading.waitFor();
    await expect(fortuneTelling.count()).resolves.toBe(0);
    await expect(record.handPicked("Fortune telling").isChecked()).resolves.toBe(false);
    expect(await violations(page)).toEqual([]);

    // Ticked again by hand, it counts as kept.
    await record.handPicked("Fortune telling").check();
    await record.saveForNowButton.click();
    await record.waitForSaved("You can come back and finish this any time.");
    await page.reload();
    await record.waitForHeading("Your thought record");
    await record.edit();
    await record.next("What went through your mind?");
    await expect(record.handPicked("Fortune telling").isChecked()).resolves.toBe(true);
  });

  it("says so when a paste runs past what a box holds, instead of cutting it without a word", async () => {
    const { page } = journey;
    const list = await openThoughts();
    const record = await list.startNew();
    await record.situation.focus();
    await page.keyboard.insertText("The long day, again. ".repeat(300));
    await expect(record.situation.inputValue()).resolves.toHaveLength(5000);
    await page
      .getByText(
        "That's the most this box can hold (5,000 characters). Anything past that wasn't added.",
      )
      .waitFor();
    await expect(
      record.situation.evaluate(
        (box) =>
          document.getElementById(box.getAttribute("aria-describedby")?.split(" ")[0] ?? "")
            ?.textContent,
      ),
    ).resolves.toContain("Anything past that wasn't added.");
  });

  it("says so beside the thought when it shows nothing, and saves nothing", async () => {
    const { page } = journey;
    const list = await openThoughts();
    const record = await list.startNew();
    await record.toTheThought();
    // A zero-width space: the box looks empty, yet "must not be empty" once let it through.
    await record.thought.fill("\u200b");
    await record.saveForNowButton.click();
    const said = page.getByText("must not be empty: it holds only invisible characters");
    await said.waitFor();
    await expect(
      record.thought.evaluate((box) => box.getAttribute("aria-describedby") ?? ""),
    ).resolves.toMatch(/\S/);
    expect(new URL(page.url()).pathname).toBe("/thoughts/new");
  });

  it("shows the crisis card in place when the thought carries crisis language, keeping the text", async () => {
    const { page } = journey;
    const list = await openThoughts();
    const record = await list.startNew();
    await record.toTheThought();

    const words = "Everyone would be better off without me.";
    await record.thought.fill(words);
    await record.crisisCard.waitFor();
    await expect(record.thought.inputValue()).resolves.toBe(words);
    // Right under the words, where the person is looking, not below the list of traps.
    const box = await record.thought.boundingBox();
    const card = await record.crisisCard.boundingBox();
    if (!box || !card) throw new Error("the thought or the card is not on screen");
    expect(card.y - (box.y + box.height)).toBeLessThan(120);
    await expect(
      record.crisisCard.getByRole("link", { name: "See all help lines" }).getAttribute("href"),
    ).resolves.toBe("/crisis?from=%2Fthoughts%2Fnew");
    expect(await violations(page)).toEqual([]);

    // Nothing is blocked: the record still saves, and is answered kindly, not thanked.
    await record.saveForNowButton.click();
    await record.waitForSaved();
    await expect(record.thought.inputValue()).resolves.toBe(words);
    await expect(record.status.textContent()).resolves.toBe(
      "Saved. What you wrote sounds really hard. You don't have to carry it alone.",
    );
  });

  it("finishing a record with crisis words keeps the card open above it, with two doors by the words, never a cheerful thanks", async () => {
    const { page } = journey;
    const list = await openThoughts();
    const record = await list.startNew();
    await record.toTheThought();
    await record.thought.fill("I can't go on. Everyone would be better off without me.");
    await record.crisisCard.waitFor();
    await record.next("How did it make you feel?");
    await record.next("Looking at the evidence");
    await record.next("A kinder, more balanced view");
    await record.saveButton.click();
    await page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
    await record.waitForSaved();

    // Saving is not closing: the card is still there, right under the heading focus lands on,
    // so it is the next thing read and on screen.
    const heading = page.getByRole("heading", { level: 2, name: "On one page" });
    await expectFocusSettles(page, heading, "the record's heading");
    expect(await comesBefore(heading, record.crisisCard)).toBe(true);
    expect(
      await comesBefore(record.crisisCard, page.getByText("The thought", { exact: true })),
    ).toBe(true);
    const card = await record.crisisCard.boundingBox();
    const viewport = page.viewportSize();
    if (!card || !viewport) throw new Error("the card is not on screen");
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeLessThan(viewport.height);
    await expect(record.status.textContent()).resolves.toBe(
      "Saved. What you wrote sounds really hard. You don't have to carry it alone.",
    );
    expect(await page.locator("main").textContent()).not.toContain("Well done");
    await expect(
      page
        .locator(".crisis-words-doors")
        .getByRole("link", { name: "See all help lines" })
        .getAttribute("href"),
    ).resolves.toBe(`/crisis?from=${encodeURIComponent(new URL(page.url()).pathname)}`);
    expect(await violations(page)).toEqual([]);

    // Closed, it stays closed on the next save; the two doors stay by the saved words.
    await record.crisisCard.getByRole("button", { name: "Close this" }).press("Enter");
    await record.crisisCard.waitFor({ state: "detached" });
    await record.edit();
    await record.next("What went through your mind?");
    await record.saveForNowButton.press("Enter");
    await record.waitForSaved("Saved. What you wrote sounds really hard.");
    await crisisCheckAnswered(page);
    expect(await record.crisisCard.count()).toBe(0);
    await page.locator(".crisis-words-doors").waitFor();

    // Opened again to be read, the record is not watched: nothing slides in above it.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
    await page.getByText("I can't go on.", { exact: false }).first().waitFor();
    await crisisCheckAnswered(page);
    expect(await record.crisisCard.count()).toBe(0);
  });
});

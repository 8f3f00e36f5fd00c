import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdableTrapLooks } from "./support/held-trap-looks.js";
import { useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

/**
 * On a phone with the text at 200%, the fourteen traps to pick by hand hold words longer than
 * the screen is wide ("Overgeneralizing", "Catastrophizing"). They ran out of their box and off
 * the page, and the tick box beside each was squeezed to a speck, hard to see and to tap.
 */
describe.skipIf(browserUnavailable())("picking a trap by hand with large text", () => {
  const journey = useJourney({ viewport: PHONE, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("keeps every trap's name inside its box and every tick box full size", async () => {
    await readTextAt(journey.page, 200);
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.writeNewThought(
      "I never get anything right and it is all a disaster",
    );

    const box = await record.allTraps.boundingBox();
    if (box === null) throw new Error("the traps to pick by hand are not shown");
    const right = box.x + box.width;
    const names = await record.allTraps.locator("label").all();
    expect(names).toHaveLength(14);
    for (const name of names) {
      const seen = await name.evaluate((label) => {
        const tick = label.querySelector("input")?.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(label);
        return {
          name: label.textContent,
          textRight: range.getBoundingClientRect().right,
          tick: tick ? [Math.round(tick.width), Math.round(tick.height)] : null,
        };
      });
      expect(seen.textRight, `${seen.name} ends inside its box`).toBeLessThanOrEqual(right);
      expect(seen.tick, `${seen.name}'s tick box`).toEqual([40, 40]);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // And a long name can still be ticked with a tap on its tick box.
    await record.handPicked("Overgeneralizing").tap();
    expect(await record.handPicked("Overgeneralizing").isChecked()).toBe(true);
  });
});

/**
 * The line that says a long thought is being looked at kept one line's room; at 200% text on a
 * narrow phone its words take two, so when they showed everything below moved down, and back up
 * when they went.
 */
describe.skipIf(browserUnavailable())("the looking line with large text on a narrow phone", () => {
  const journey = useJourney({ viewport: { width: 320, height: 640 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("keeps room for its words however they wrap, so nothing below moves", async () => {
    await readTextAt(journey.page, 200);
    const looks = await holdableTrapLooks(journey.page);
    const page = await signIn("/thoughts");
    await looks.hold();
    const { record, traps: panel } = await new ThoughtListPage(page).openNewThought();
    const status = panel.region.getByRole("status");
    const measure = () =>
      status.evaluate((line) => {
        const words = line.querySelector(".trap-looking-words")?.getBoundingClientRect();
        const box = line.getBoundingClientRect();
        const below = line.closest(".trap-suggestions")?.querySelector(".trap-cards");
        return {
          height: Math.round(box.height),
          wordsBottom: words ? Math.round(words.bottom) : null,
          bottom: Math.round(box.bottom),
          below: below ? Math.round(below.getBoundingClientRect().top - box.top) : null,
        };
      });
    const before = await measure();
    expect(before.height).toBeGreaterThan(0);

    // Long enough to be said to be looked at; held, as a busy phone's look would take, until seen.
    const sentence = "I always ruin everything and nobody will ever want to be around me. ";
    await record.thought.fill(sentence.repeat(Math.ceil(1100 / sentence.length)).trim());
    await status.filter({ hasText: "Looking for thinking traps…" }).waitFor();
    const looking = await measure();
    await looks.letGo();

    expect(looking.wordsBottom, "the words fit the room kept for them").not.toBeNull();
    expect(looking.wordsBottom ?? Infinity).toBeLessThanOrEqual(looking.bottom);
    expect(looking.height, "the line is as high as when it was empty").toBe(before.height);
    expect(looking.below, "what is below did not move").toBe(before.below);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
  });
});

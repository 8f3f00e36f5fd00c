import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
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

import { describe, expect, it } from "vitest";
import { CirclePage } from "./pages/CirclePage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { crisisCheckAnswered } from "./support/crisis-check.js";
import { useJourney } from "./support/journey.js";
import { liesBetween } from "./support/order.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };
// One of the project's own crisis statements, as the check-in journeys write it.
const CRISIS = "Everyone would be better off without me.";

describe.skipIf(browserUnavailable())("crisis words in how someone in the circle is known", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("bring the card under the field in 'Add someone' and 'Change details', close for good, and never stop a save", async () => {
    const page = await signIn("/circle");
    const circle = new CirclePage(page);
    await circle.waitForHeading("Your circle");
    await circle.addButton.click();
    const add = circle.addForm;
    const how = circle.field(add, "How you know them (optional)");
    const preference = circle.field(add, "How they like to hear from you");
    const card = circle.crisisCard;

    await circle.field(add, "Name").fill("Sam");
    await how.pressSequentially(`My brother. ${CRISIS}`);
    await card.waitFor();
    expect(await card.count()).toBe(1);
    // In place: under the words, before the next choice.
    expect(await liesBetween(how, card, preference)).toBe(true);
    expect(await how.inputValue()).toBe(`My brother. ${CRISIS}`);
    expect(await violations(page)).toEqual([]);

    // Closed, it stays closed while the person writes on with no new crisis words.
    await card.getByRole("button", { name: "Close this" }).click();
    await card.waitFor({ state: "detached" });
    await how.press("End");
    await how.pressSequentially(" Lives nearby.");
    // Once the words as they now read have been checked, not before.
    await crisisCheckAnswered(add);
    expect(await card.count()).toBe(0);

    // Nothing is held back: Save adds them with every word as written.
    const written = `My brother. ${CRISIS} Lives nearby.`;
    await circle.button(add, "Save").click();
    await circle.cardHeading("Sam").waitFor();
    await circle.card("Sam").getByText(written).waitFor();

    // Changing someone's details is watched the same way: Jo, known with no crisis words.
    await circle.addButton.click();
    await circle.field(add, "Name").fill("Jo");
    await circle.field(add, "How you know them (optional)").fill("Sister");
    await circle.button(add, "Save").click();
    await circle.cardHeading("Jo").waitFor();
    await circle.changeButton("Jo").click();
    const change = circle.changeForm("Jo");
    const changeHow = circle.field(change, "How you know them (optional)");
    await changeHow.waitFor();
    await crisisCheckAnswered(change);
    expect(await card.count()).toBe(0);
    await changeHow.press("End");
    await changeHow.pressSequentially(`. ${CRISIS}`);
    await card.waitFor();
    expect(
      await liesBetween(changeHow, card, circle.field(change, "How they like to hear from you")),
    ).toBe(true);
    expect(await violations(page)).toEqual([]);
    await circle.button(change, "Save").click();
    await circle.card("Jo").getByText(`Sister. ${CRISIS}`, { exact: true }).waitFor();
  });
});

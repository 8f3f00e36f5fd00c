import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { browserUnavailable } from "./support/browser.js";
import { discardDraftByKeyboard } from "./support/discard-draft.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("letting a draft go, from the keyboard", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("asks with focus on the question, 'Keep it' goes back to where it was, and discarding goes to the screen's heading", async () => {
    const { page } = journey;
    await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.pick("Mood", 3);
    await page.reload();
    await checkin.waitUntilToday();
    await checkin.draftNotice.waitFor();
    expect(await checkin.chosen("Mood")).toBe(3);

    await discardDraftByKeyboard(
      page,
      checkin.draftNotice,
      page.getByRole("heading", { level: 1, name: "How are you today?" }),
      async () => expect(await checkin.chosen("Mood")).toBe(3),
    );
    expect(await checkin.chosen("Mood")).toBe(null);
  });
});

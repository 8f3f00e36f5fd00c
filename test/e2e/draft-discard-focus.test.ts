import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
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

    await tabTo(page, checkin.discardDraftButton, "Discard the draft");
    await page.keyboard.press("Enter");
    // The button pressed is gone: the question in its place has focus, so it is read out.
    await expectFocusSettles(
      page,
      checkin.draftNotice.getByText("Let this draft go for good?"),
      "the question",
    );

    await tabTo(page, checkin.draftNotice.getByRole("button", { name: "Keep it" }), "Keep it");
    await page.keyboard.press("Enter");
    // Back as it was, focus included: on "Discard the draft", not on the page.
    await expectFocusSettles(page, checkin.discardDraftButton, "Discard the draft");
    expect(await checkin.chosen("Mood")).toBe(3);

    await page.keyboard.press("Enter");
    const discard = checkin.draftNotice.getByRole("button", { name: "Yes, discard it" });
    await tabTo(page, discard, "Yes, discard it");
    await page.keyboard.press("Enter");
    await checkin.draftNotice.waitFor({ state: "detached" });
    // The notice is gone with its buttons: the screen's heading leads on into the form.
    await expectFocusSettles(
      page,
      page.getByRole("heading", { level: 1, name: "How are you today?" }),
      "the screen's heading",
    );
    expect(await checkin.chosen("Mood")).toBe(null);
  });
});

import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const DAY_MS = 86_400_000;
const OFFER = /It has been two weeks or more since your last PHQ-9/;

describe.skipIf(browserUnavailable())("the gentle re-offer of a check-up", () => {
  const journey = useJourney({ reducedMotion: "reduce" });

  it("appears on today's check-in once the last PHQ-9 is two weeks old, after the form, and closes for good", async () => {
    const { page, server } = journey;
    await createOwner(server.baseUrl, OWNER);
    await openPage(page, server.baseUrl);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();

    // Taken now, through the app's own API with the browser's session.
    const taken = await page.request.post(`${server.baseUrl}/api/assessments`, {
      data: { instrument: "phq9", answers: [1, 1, 1, 0, 0, 0, 0, 0, 0] },
    });
    expect(taken.status()).toBe(201);

    // The same day: nothing to offer yet, once the offer has asked and heard back.
    const asked = page.waitForResponse((response) => response.url().endsWith("/api/assessments"));
    await page.reload();
    await checkin.waitUntilToday();
    await asked;
    await page.waitForLoadState("networkidle");
    await expect(page.getByText(OFFER).count()).resolves.toBe(0);

    // Fifteen days on, by the browser's clock. The offer asks only after the day's answers are
    // in, so it never competes with the form's first paint.
    await page.clock.setFixedTime(new Date(Date.now() + 15 * DAY_MS));
    const order: string[] = [];
    page.on("request", (request) => {
      if (/\/CheckupOffer-[^/]*\.js$/.test(request.url())) order.push("offer's file asked for");
      if (request.url().endsWith("/api/assessments")) order.push("offer asks");
    });
    page.on("response", (response) => {
      if (response.url().includes("/api/checkins?")) order.push("day's answers arrive");
    });
    await page.reload();
    await checkin.form.waitFor();
    const offer = page.getByRole("complementary", { name: "Check-up" });
    await offer.getByText(OFFER).waitFor();
    // Below the form, so the check-in itself comes first for a screen reader as on screen.
    const offerAfterForm = await checkin.form.evaluate(
      (form, note) =>
        note !== null &&
        (form.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      await offer.elementHandle(),
    );
    expect(offerAfterForm).toBe(true);
    expect(order).toEqual(["day's answers arrive", "offer's file asked for", "offer asks"]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await expect(
      offer.getByRole("link", { name: "Take the PHQ-9" }).getAttribute("href"),
    ).resolves.toBe("/check-ups/phq9");

    // Closed from the keyboard: the note goes with its button, and focus goes on to the
    // screen's heading rather than to the page.
    await tabTo(page, offer.getByRole("button", { name: "Not now" }), "Not now");
    await page.keyboard.press("Enter");
    await expect(page.getByText(OFFER).count()).resolves.toBe(0);
    await expectFocusSettles(
      page,
      page.getByRole("heading", { level: 1, name: "How are you today?" }),
      "the screen's heading",
    );
    await page.reload();
    await checkin.form.waitFor();
    await page.getByText("Only mood is needed.").waitFor();
    await page.waitForLoadState("networkidle");
    await expect(page.getByText(OFFER).count()).resolves.toBe(0);
  });
});

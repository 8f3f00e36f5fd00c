import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { HistoryPage } from "./pages/HistoryPage.js";
import { SetupPage } from "./pages/SetupPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";

describe.skipIf(browserUnavailable())("a first visit", () => {
  const journey = useJourney();

  it("creates the account, checks in, finds the day in history, signs out and back in", async () => {
    const { page, server } = journey;
    await openPage(page, server.baseUrl);

    const setup = new SetupPage(page);
    await setup.waitUntilShown();
    expect(new URL(page.url()).pathname).toBe("/setup");
    await expect(setup.helpLink.getAttribute("href")).resolves.toBe("/crisis");
    await setup.createAccount(OWNER.username, OWNER.password);

    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    expect(new URL(page.url()).pathname).toBe("/");
    await checkin.pick("Mood", 6);
    await checkin.addConnection({ name: "Alex", how: "Call", felt: "Good" });
    await checkin.openMore();
    await checkin.note.fill("Walked to the shop with Alex.");
    await checkin.save();

    await checkin.historyLink.click();
    const history = new HistoryPage(page);
    await history.waitUntilShown();
    await expect(history.chart.getAttribute("aria-label")).resolves.toContain(
      "1 day has a check-in. Mood was 6 out of 10.",
    );
    const [, mood, , connections] = await history.rowCells("/");
    expect(mood).toBe("6");
    expect(connections).toBe("1");

    await history.signOut();
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    // A page asked for while signed out opens once the person signs in.
    await openPage(page, `${server.baseUrl}/history`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, "not the right password");
    await page.getByRole("alert").waitFor();
    await signIn.signIn(OWNER.username, OWNER.password);
    await history.waitUntilShown();
    expect(new URL(page.url()).pathname).toBe("/history");

    await history.row("/").getByRole("link", { name: /^Edit/ }).click();
    await checkin.waitUntilToday();
    expect(await checkin.chosen("Mood")).toBe(6);
    await expect(checkin.connection(1).getByLabel("Name (optional)").inputValue()).resolves.toBe(
      "Alex",
    );
    await expect(checkin.note.inputValue()).resolves.toBe("Walked to the shop with Alex.");
  });

  it("keeps unsaved answers when the session runs out, and saves them after signing in", async () => {
    const { page, context, server } = journey;
    await openPage(page, `${server.baseUrl}/sign-in`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    const offerAsked = page.waitForResponse(
      (response) => new URL(response.url()).pathname === "/api/assessments",
    );
    await signIn.signIn(OWNER.username, OWNER.password);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.pick("Mood", 3);
    await checkin.openMore();
    await checkin.note.fill("A long day.");
    // The session runs out once the screen has settled: the check-up offer's own request, asked
    // once the day is in, would otherwise meet the sign-out first and open sign-in before the
    // save, which keeps the draft too but is not this journey.
    await offerAsked;

    await context.clearCookies();
    await checkin.saveButton.click();
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    await checkin.waitUntilToday();
    await page.getByText("Your draft is still here.").waitFor();
    expect(await checkin.chosen("Mood")).toBe(3);
    await expect(checkin.note.inputValue()).resolves.toBe("A long day.");
    await checkin.save();
  });
});

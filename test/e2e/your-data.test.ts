import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { SignInPage } from "./pages/SignInPage.js";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;
const NEW_PASSWORD = "a slow river in spring";

describe.skipIf(browserUnavailable())("you and your data", () => {
  const journey = useJourney(PHONE);

  it("changes the password, and the other browser signed in as the person is signed out", async () => {
    const { page, server } = journey;
    await createOwner(server.baseUrl, OWNER);

    // The same person on a second device.
    const other = await (await journey.newContext(PHONE)).newPage();
    await openPage(other, `${server.baseUrl}/history`);
    const otherSignIn = new SignInPage(other);
    await otherSignIn.waitUntilShown();
    await otherSignIn.signIn(OWNER.username, OWNER.password);
    await new AppShell(other).waitForHeading("Your last four weeks");

    await openPage(page, `${server.baseUrl}/`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();
    await yourData.open();
    // The other device's sign-in is on the log, with its browser.
    await page
      .getByRole("list", { name: "Recent activity, newest first" })
      .getByText("Signed in")
      .first()
      .waitFor();
    expect(await violations(page)).toEqual([]);

    // A wrong current password is named at its field, and nothing changes.
    await yourData.changePassword("not my password", NEW_PASSWORD);
    await page.getByText("Current password does not match.").waitFor();
    expect(await violations(page)).toEqual([]);

    await yourData.changePassword(OWNER.password, NEW_PASSWORD);
    await page.getByRole("status").getByText("Your password is changed.").waitFor();

    // The other device finds its session over at its next step, and is asked to sign in.
    await new AppShell(other).checkinLink.click();
    await otherSignIn.waitUntilShown();
    await otherSignIn.signIn(OWNER.username, OWNER.password);
    await other.getByText("That username and password don't match.").waitFor();
    await otherSignIn.signIn(OWNER.username, NEW_PASSWORD);
    await new AppShell(other).nav.waitFor();

    // This browser is still signed in; signing out everywhere ends both.
    await yourData.signOutEverywhereButton.click();
    await signIn.waitUntilShown();
    // Said, with focus on the screen's heading, not met with a plain sign-in and silence.
    await expectFocusSettles(page, page.getByRole("heading", { level: 1 }), "the Sign in heading");
    await page
      .getByText(
        "You're signed out on every phone and computer. Everything you saved is still in your",
      )
      .waitFor();
    await other.reload();
    await otherSignIn.waitUntilShown();
  });
});

import { describe, expect, it } from "vitest";
import { PeoplePage } from "./pages/PeoplePage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { openPage, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const KIM = { username: "kim", password: "kim's own long password" };

/**
 * Looking after the people on this Reconnect by keyboard or screen reader. Each step once went
 * unsaid: a new invitation's panel appeared above the button while focus stayed on it; pausing
 * said nothing; and after "Yes, remove" the row went with focus in it, leaving the page body
 * focused.
 */
describe.skipIf(browserUnavailable())("looking after people's accounts by keyboard", () => {
  const journey = useJourney({ reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("puts focus on a new invitation's heading, which names it", async () => {
    const page = await signIn("/admin");
    const people = new PeoplePage(page);
    await people.waitForHeading("People on this Reconnect");
    await people.inviteButton.focus();
    await page.keyboard.press("Enter");
    await expectFocusSettles(
      page,
      page.getByRole("heading", { name: "Here is an invitation" }),
      "the new invitation's heading",
    );
  });

  it("says a pause and a removal, and a removal leaves focus on the list of people", async () => {
    const page = await signIn("/admin");
    const people = new PeoplePage(page);
    await people.waitForHeading("People on this Reconnect");

    // Kim joins, in a browser of their own, through the link the owner made.
    const link = await people.invite();
    const theirs = await (await journey.newContext()).newPage();
    await openPage(theirs, `${journey.server.baseUrl}/sign-in`);
    const token = new URL(link).pathname.split("/").pop() ?? "";
    const joined = await theirs.evaluate(
      async ({ token, kim }) =>
        (
          await fetch(`/api/invitations/${token}/accept`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(kim),
          })
        ).status,
      { token, kim: KIM },
    );
    expect(joined).toBe(201);
    await page.reload();
    await people.person(KIM.username).waitFor();
    const status = page.getByRole("status").filter({ hasText: /account|Removed/ });

    await page.getByRole("button", { name: "Pause kim's account" }).press("Enter");
    await status.filter({ hasText: "kim's account is paused" }).waitFor();
    await expect(status.textContent()).resolves.toBe(
      "kim's account is paused: they can't sign in until you open it again. Nothing in it is deleted.",
    );

    await page.getByRole("button", { name: "Remove kim", exact: true }).press("Enter");
    await page.getByRole("button", { name: "Yes, remove kim" }).press("Enter");
    await people.person(KIM.username).waitFor({ state: "detached" });
    await expectFocusSettles(
      page,
      page.getByRole("heading", { name: "People", exact: true }),
      "the list of people's heading",
    );
    await expect(status.textContent()).resolves.toBe(
      "Removed kim and everything in their account.",
    );
  });
});

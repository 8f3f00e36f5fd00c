import { describe, expect, it } from "vitest";
import { PeoplePage } from "./pages/PeoplePage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests, tapTwiceAtOnce } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * The owner makes an invitation link on a slow connection and taps again when nothing seems to
 * happen. Each tap used to make a link: two live invitations, one of them sent to nobody, that
 * anyone who came upon it could use to join for a week.
 */
describe.skipIf(browserUnavailable())("making an invitation link on a slow connection", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("makes one link however often the button is tapped", async () => {
    // Opened from a bookmark: signing in leads to the people screen asked for, not to today.
    const page = await signIn("/admin");
    const people = new PeoplePage(page);
    await people.waitForHeading("People on this Reconnect");

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/invitations",
      (method) => method === "POST",
    );
    await people.inviteButton.tap();
    const making = page.getByRole("button", { name: "Making the link…" });
    await making.waitFor();
    await making.tap();
    release();
    await people.madeLink.waitFor();
    await stop();

    expect(sent).toEqual(["POST"]);
    const open = await page.request.get(`${journey.server.baseUrl}/api/invitations`);
    expect(((await open.json()) as { invitations: unknown[] }).invitations).toHaveLength(1);
  });

  it("makes one new-password link however fast 'Reset password' is tapped, and the one shown works", async () => {
    const page = await signIn("/admin");
    const people = new PeoplePage(page);
    await people.waitForHeading("People on this Reconnect");
    // Robin joins with an invitation, as in their own browser.
    const base = journey.server.baseUrl;
    const invited = await page.request.post(`${base}/api/invitations`, { data: {} });
    const { url } = (await invited.json()) as { url: string };
    const robinsBrowser = await journey.newContext({});
    const joined = await robinsBrowser.request.post(
      `${base}/api${url.replace("/join/", "/invitations/")}/accept`,
      {
        data: { username: "robin", password: "robin's own password" },
      },
    );
    expect(joined.status()).toBe(201);
    await page.reload();
    await people.person("robin").waitFor();

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/accounts/*/password-reset",
      (method) => method === "POST",
    );
    await tapTwiceAtOnce(page.getByRole("button", { name: "Reset robin's password" }));
    await page.getByRole("button", { name: "Making a new-password link for robin…" }).waitFor();
    release();
    await people.madeLink.waitFor();
    await stop();
    expect(sent).toEqual(["POST"]);
    const shown = new URL(await people.madeLink.inputValue());
    const token = shown.pathname.replace("/join/", "");
    const opened = await robinsBrowser.request.get(`${base}/api/invitations/${token}`);
    expect(opened.status()).toBe(200);
  });
});

import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { JoinPage } from "./pages/JoinPage.js";
import { PeoplePage } from "./pages/PeoplePage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { createOwner } from "./support/server.js";

const PHONE = { width: 390, height: 844 };
const ROBIN = { username: "robin", password: "robin's own password" };
const NOTE = "Robin's note about a hard week at work";

describe.skipIf(browserUnavailable())("inviting a second person to a server", () => {
  const journey = useJourney({ viewport: PHONE, reducedMotion: "reduce" });

  it("the owner invites, the invitee joins in their own browser and checks in, and the owner sees them without any of their data", async () => {
    const { page, server } = journey;
    await createOwner(server.baseUrl, OWNER);
    await openPage(page, `${server.baseUrl}/sign-in`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    await new CheckinPage(page).waitUntilToday();

    const people = new PeoplePage(page);
    await people.open();
    await expect(people.person("sam").textContent()).resolves.toContain("Owner");
    // Said before a link is made: this install is reached from this computer alone.
    await page.getByText("Links made here open only on this computer.").waitFor();
    expect(await violations(page)).toEqual([]);
    const link = await people.invite();
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/join/[A-Za-z0-9_-]{43}$`));
    expect(await violations(page)).toEqual([]);

    // The invitee: a browser of their own, nothing but the link.
    const theirs = await (await journey.newContext({ viewport: PHONE })).newPage();
    await openPage(theirs, link);
    const join = new JoinPage(theirs);
    await join.waitUntilShown();
    expect(await violations(theirs)).toEqual([]);
    await join.join(ROBIN.username, ROBIN.password);
    const checkin = new CheckinPage(theirs);
    await checkin.waitUntilToday();
    await checkin.pick("Mood", 3);
    await checkin.openMore();
    await checkin.note.fill(NOTE);
    await checkin.save();
    // A member is never shown the people screen, in the nav or at its address.
    await theirs.getByText("More", { exact: true }).click();
    await expect(
      new PeoplePage(theirs).nav.getByRole("link", { name: "People" }).count(),
    ).resolves.toBe(0);
    await openPage(theirs, `${server.baseUrl}/admin`);
    await join.waitForHeading("Page not found");

    // The same link, used again elsewhere: a clear page, and no account.
    const stranger = await (await journey.newContext({ viewport: PHONE })).newPage();
    await openPage(stranger, link);
    const again = new JoinPage(stranger);
    await again.waitUntilClosed();
    await expect(stranger.getByText("ask the person who sent it").count()).resolves.toBe(1);
    expect(await violations(stranger)).toEqual([]);

    // The owner's list now shows Robin: name, role, dates, and nothing they wrote.
    await page.reload();
    await people.waitForHeading("People on this Reconnect");
    const robin = people.person("robin");
    await robin.waitFor();
    await expect(robin.textContent()).resolves.toMatch(/Member.*Joined.*Last here/s);
    const whole = (await page.locator("main").textContent()) ?? "";
    expect(whole).not.toContain(NOTE);
    expect(whole).not.toContain("Mood");
    expect(await violations(page)).toEqual([]);

    // Robin forgot their password: the owner makes a one-time link, and Robin is signed out.
    await page.getByRole("button", { name: "Reset robin's password" }).click();
    const reset = await people.madeLink.inputValue();
    expect(reset).toMatch(new RegExp(`^${server.baseUrl}/join/[A-Za-z0-9_-]{43}$`));
    const fresh = await (await journey.newContext({ viewport: PHONE })).newPage();
    await openPage(fresh, reset);
    await new JoinPage(fresh).waitForHeading("Choose a new password");
    await expect(fresh.getByText("robin", { exact: true }).count()).resolves.toBe(1);
    expect(await violations(fresh)).toEqual([]);
    await fresh.getByLabel("New password").fill("a brand new start");
    await fresh.getByRole("button", { name: "Save and sign in" }).click();
    const back = new CheckinPage(fresh);
    await back.waitUntilToday();
    await back.openMore();
    await expect(back.note.inputValue()).resolves.toBe(NOTE);

    // Removing asks once, then Robin and their check-in are gone.
    await people.remove("robin");
    await fresh.reload();
    await new SignInPage(fresh).waitUntilShown();
  });
});

describe.skipIf(browserUnavailable())("inviting on a server with a public address", () => {
  const journey = useJourney(
    { viewport: PHONE, reducedMotion: "reduce" },
    { PUBLIC_URL: "https://reconnect.example.org" },
  );
  const signIn = ownerSignIn(journey);

  it("builds the link on the public address, not the one in the owner's browser, with no warning", async () => {
    const page = await signIn("/");
    await new CheckinPage(page).waitUntilToday();
    const people = new PeoplePage(page);
    await people.open();
    await people.person("sam").waitFor();
    expect(await page.getByText("Links made here open only on this computer.").count()).toBe(0);
    expect(await people.invite()).toMatch(
      /^https:\/\/reconnect\.example\.org\/join\/[A-Za-z0-9_-]{43}$/,
    );
    expect(await violations(page)).toEqual([]);
  });
});

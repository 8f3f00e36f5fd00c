import type { APIRequestContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { JoinPage } from "./pages/JoinPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { cacheStorage, untilAnswersKept } from "./support/offline-device.js";
import { createOwner } from "./support/server.js";

const PASSWORD = "another quiet evening";
const SAMS_WORDS = "Sam's own words, for Sam alone.";
// The words say nothing of the other person, so whoever is at this page learns nothing of them.
const SIGNED_OUT_HERE = "You've been signed out on this browser. Anything you were writing";

/** Signs in on a device of its own (a browser context), as the API client it is. */
async function signedIn(
  request: APIRequestContext,
  base: string,
  who: { username: string; password: string },
): Promise<void> {
  const response = await request.post(`${base}/api/session`, { data: who });
  expect(response.status()).toBe(200);
}

/** Every note in the check-ins the signed-in person of `request` can read. */
async function notesOf(request: APIRequestContext, base: string): Promise<string[]> {
  const response = await request.get(`${base}/api/checkins`);
  expect(response.status()).toBe(200);
  const { checkins } = (await response.json()) as { checkins: { note?: string | null }[] };
  return checkins.map((checkin) => checkin.note ?? "").filter((note) => note !== "");
}

/** The draft keys this browser keeps (`reconnect:draft:<kind>:<account>…`). */
function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
  );
}

/** Sam on today's check-in in `page`, with words typed and not yet saved. */
async function samTyping(page: Page, base: string): Promise<CheckinPage> {
  await openPage(page, `${base}/sign-in`);
  await new SignInPage(page).signIn(OWNER.username, OWNER.password);
  const checkin = new CheckinPage(page);
  await checkin.waitUntilToday();
  await checkin.pick("Mood", 3);
  await checkin.openMore();
  await checkin.note.fill(SAMS_WORDS);
  await expect.poll(() => draftKeys(page)).toHaveLength(1);
  return checkin;
}

interface Path {
  name: string;
  /** Opens the path in Robin's tab, while nobody is signed in yet; `owners` is the owner's API. */
  open(tab: Page, base: string, owners: APIRequestContext, robin: string): Promise<void>;
  /** Robin finishes it, starting a session for the whole browser. */
  finish(tab: Page, robin: string): Promise<void>;
}

/** An invitation link made by the owner on a device of their own, as an address of the app. */
async function invitationLink(owners: APIRequestContext, base: string): Promise<string> {
  const invitation = await owners.post(`${base}/api/invitations`, { data: {} });
  const { url } = (await invitation.json()) as { url: string };
  return `${base}${url}`;
}

/** Robin joins from a phone of their own, so they have an account before the journey. */
async function robinJoinsElsewhere(
  journey: ReturnType<typeof useJourney>,
  owners: APIRequestContext,
  robin: string,
): Promise<string> {
  const base = journey.server.baseUrl;
  const link = new URL(await invitationLink(owners, base));
  const accepted = await (await journey.newContext()).request.post(
    `${base}/api${link.pathname.replace("/join/", "/invitations/")}/accept`,
    { data: { username: robin, password: PASSWORD } },
  );
  expect(accepted.status()).toBe(201);
  return ((await accepted.json()) as { id: string }).id;
}

/*
 * A shared family computer: Sam has Reconnect open in one tab, and Robin starts a session of their
 * own in another tab of the same browser (signing in on a sign-in screen left open, accepting an
 * invitation, a password-reset link), without signing Sam out first. The cookie is the browser's,
 * so Sam's tab now speaks with Robin's session. Sam's next save must never land in Robin's
 * account, nothing of Robin's shows in Sam's tab, and Sam's words wait for Sam.
 */
describe.skipIf(browserUnavailable())("another person signs in in another tab", () => {
  const journey = useJourney();
  // One server for the file: its owner once, and a new person in each test.
  beforeAll(async () => {
    await createOwner(journey.server.baseUrl, OWNER);
  });

  const paths: Path[] = [
    {
      name: "on a sign-in screen left open in that tab",
      open: async (tab, base, owners, robin) => {
        await robinJoinsElsewhere(journey, owners, robin);
        await openPage(tab, `${base}/sign-in`);
        await new SignInPage(tab).waitUntilShown();
      },
      finish: (tab, robin) => new SignInPage(tab).signIn(robin, PASSWORD),
    },
    {
      name: "by accepting an invitation opened in that tab",
      open: async (tab, base, owners) => {
        await openPage(tab, await invitationLink(owners, base));
        await new JoinPage(tab).waitUntilShown();
      },
      finish: (tab, robin) => new JoinPage(tab).join(robin, PASSWORD),
    },
    {
      name: "by a password-reset link opened in that tab",
      open: async (tab, base, owners, robin) => {
        const id = await robinJoinsElsewhere(journey, owners, robin);
        const made = await owners.post(`${base}/api/accounts/${id}/password-reset`, { data: {} });
        expect(made.status()).toBe(201);
        const { url } = (await made.json()) as { url: string };
        await openPage(tab, `${base}${url}`);
        await new JoinPage(tab).waitForHeading("Choose a new password");
      },
      finish: async (tab) => {
        await tab.getByLabel("New password").fill(PASSWORD);
        await tab.getByRole("button", { name: "Save and sign in" }).click();
      },
    },
  ];

  for (const [index, path] of paths.entries()) {
    it(`${path.name}: Sam's save does not land in Robin's account`, async () => {
      const { page, context, server } = journey;
      const base = server.baseUrl;
      const robin = { username: `robin${index}`, password: PASSWORD };
      const owners = (await journey.newContext()).request;
      await signedIn(owners, base, OWNER);

      const robinsTab = await context.newPage();
      await path.open(robinsTab, base, owners, robin.username);
      const checkin = await samTyping(page, base);
      await path.finish(robinsTab, robin.username);
      await new CheckinPage(robinsTab).waitUntilToday();

      await checkin.saveButton.click();
      // Sam's tab says what happened and asks Sam to sign in again; nothing of Robin's shows.
      const signIn = new SignInPage(page);
      await signIn.waitUntilShown();
      await page.getByText(SIGNED_OUT_HERE).waitFor();
      expect(await page.getByText(robin.username).count()).toBe(0);

      // Nothing of Sam's reached Robin's account.
      const robinsLaptop = (await journey.newContext()).request;
      await signedIn(robinsLaptop, base, robin);
      expect(await notesOf(robinsLaptop, base)).toEqual([]);

      // Sam's words waited on this device, under Sam's name: signing in again brings them back.
      expect(await draftKeys(page)).toHaveLength(1);
      await signIn.signIn(OWNER.username, OWNER.password);
      const again = new CheckinPage(page);
      await again.waitUntilToday();
      await again.openMore();
      await expect(again.note.inputValue()).resolves.toBe(SAMS_WORDS);
      await again.save();
      await again.waitForSaved();
      const samsPhone = (await journey.newContext()).request;
      await signedIn(samsPhone, base, OWNER);
      expect(await notesOf(samsPhone, base)).toContain(SAMS_WORDS);
      expect(await notesOf(robinsLaptop, base)).toEqual([]);
      await robinsTab.close();
    });
  }

  it("Sam's page left open signs out after Robin signed in: only Sam's words go", async () => {
    const { page, context, server } = journey;
    const base = server.baseUrl;
    const robin = { username: "robin-stays", password: PASSWORD };
    const owners = (await journey.newContext()).request;
    await signedIn(owners, base, OWNER);
    const robinsId = await robinJoinsElsewhere(journey, owners, robin.username);

    // A sign-in screen left open in another tab, then Sam at the check-in in this one.
    const robinsTab = await context.newPage();
    await openPage(robinsTab, `${base}/sign-in`);
    await new SignInPage(robinsTab).waitUntilShown();
    const samsCheckin = await samTyping(page, base);
    // Robin signs in in that tab and starts writing too; the safety plan is kept for them.
    await new SignInPage(robinsTab).signIn(robin.username, PASSWORD);
    const robinsCheckin = new CheckinPage(robinsTab);
    await robinsCheckin.waitUntilToday();
    await robinsCheckin.pick("Mood", 4);
    await robinsCheckin.openMore();
    await robinsCheckin.note.fill("Robin's words, for Robin alone.");
    await expect.poll(() => draftKeys(page)).toHaveLength(2);
    await untilAnswersKept(robinsTab, ["/api/safety-plan"]);

    // Sam's page, not told yet, signs out, letting Sam's own unsaved words go.
    await samsCheckin.signOutAsked("Something you wrote isn't saved yet");
    await page.getByRole("button", { name: "Sign out and delete them" }).click();
    await samsCheckin.waitForHeading("Sign in");

    // Robin's words and Robin's kept answers are Robin's: still here, and Robin still signed in.
    const left = await draftKeys(page);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^reconnect:draft:checkin:${robinsId}:`));
    expect((await cacheStorage(page))["reconnect-personal"]).toEqual(
      expect.arrayContaining(["/api/safety-plan"]),
    );
    const session = await context.request.get(`${base}/api/session`);
    expect(((await session.json()) as { user: { id: string } | null }).user?.id).toBe(robinsId);
    await robinsTab.close();
  });
});

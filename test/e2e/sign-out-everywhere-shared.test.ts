import type { APIRequestContext, Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { cacheStorage, untilAnswersKept } from "./support/offline-device.js";
import { createOwner } from "./support/server.js";

const PASSWORD = "another quiet evening";

/** The draft keys this browser keeps (`reconnect:draft:<kind>:<account>…`). */
function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
  );
}

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Robin joins from a phone of their own, so they have an account before the journey. */
async function robinJoinsElsewhere(
  journey: ReturnType<typeof useJourney>,
  owners: APIRequestContext,
  username: string,
): Promise<string> {
  const base = journey.server.baseUrl;
  const invitation = await owners.post(`${base}/api/invitations`, { data: {} });
  const { url } = (await invitation.json()) as { url: string };
  const accepted = await (await journey.newContext()).request.post(
    `${base}/api${url.replace("/join/", "/invitations/")}/accept`,
    { data: { username, password: PASSWORD } },
  );
  expect(accepted.status()).toBe(201);
  return ((await accepted.json()) as { id: string }).id;
}

/** Someone signed in on today's check-in in `page`, with words typed and not yet saved. */
async function typing(page: Page, who: { username: string; password: string }, words: string) {
  await new SignInPage(page).signIn(who.username, who.password);
  const checkin = new CheckinPage(page);
  await checkin.waitUntilToday();
  await checkin.pick("Mood", 3);
  await checkin.openMore();
  await checkin.note.fill(words);
}

interface Ending {
  name: string;
  /** Robin ends their account's sessions from "Your data", and waits for the screen after. */
  end(yourData: YourDataPage, page: Page): Promise<void>;
}

const endings: Ending[] = [
  {
    name: "signs out everywhere",
    end: async (yourData, page) => {
      // Robin's unsaved note is only on this device, which is signed out too: asked first, never
      // deleted silently. Staying keeps everything, and focus goes back to the button.
      await yourData.signOutEverywhereButton.click();
      await yourData.signOutEverywhereQuestion.waitFor();
      await expect.poll(() => isFocused(yourData.signOutEverywhereQuestion)).toBe(true);
      await page.getByText("One thing you were writing isn't saved yet.").waitFor();
      expect(await violations(page)).toEqual([]);
      await yourData.staySignedInButton.click();
      await expect.poll(() => isFocused(yourData.signOutEverywhereButton)).toBe(true);
      await yourData.signOutEverywhereButton.click();
      await yourData.signOutEverywhereAndDeleteButton.click();
      await new SignInPage(page).waitUntilShown();
    },
  },
  {
    name: "erases their account",
    end: async (yourData, page) => {
      await yourData.erase(PASSWORD);
      await page.getByRole("heading", { level: 1, name: "Everything is erased" }).waitFor();
    },
  },
];

/*
 * A shared family computer: Sam was writing in one tab when Robin signed in in another, so Sam's
 * unsaved words wait on this browser for Sam's next sign-in. Robin then signs out everywhere, or
 * erases their account, from "Your data": only Robin's drafts and kept answers go, as on a plain
 * sign-out. Sam's words are Sam's, and still here.
 */
describe.skipIf(browserUnavailable())("ending one person's sessions on a shared browser", () => {
  const journey = useJourney();
  beforeAll(async () => {
    await createOwner(journey.server.baseUrl, OWNER);
  });

  for (const [index, ending] of endings.entries()) {
    it(`Robin ${ending.name}: Robin's drafts and kept answers go, Sam's words stay`, async () => {
      const { page, context, server } = journey;
      const base = server.baseUrl;
      const robin = { username: `robin-${index}`, password: PASSWORD };
      const owners = (await journey.newContext()).request;
      const signedIn = await owners.post(`${base}/api/session`, { data: OWNER });
      expect(signedIn.status()).toBe(200);
      const robinsId = await robinJoinsElsewhere(journey, owners, robin.username);

      // A sign-in screen left open in another tab, then Sam writing in this one.
      const robinsTab = await context.newPage();
      await openPage(robinsTab, `${base}/sign-in`);
      await new SignInPage(robinsTab).waitUntilShown();
      await openPage(page, `${base}/sign-in`);
      await typing(page, OWNER, "Sam's own words, for Sam alone.");
      await expect.poll(() => draftKeys(page)).toHaveLength(1);
      const [samsDraft] = await draftKeys(page);

      // Robin signs in in that tab, writes too, and has their safety plan kept for offline.
      await typing(robinsTab, robin, "Robin's words, for Robin alone.");
      await expect.poll(() => draftKeys(page)).toHaveLength(2);
      await untilAnswersKept(robinsTab, ["/api/safety-plan"]);

      const yourData = new YourDataPage(robinsTab);
      await yourData.open();
      await ending.end(yourData, robinsTab);

      // Robin's words go from this device; Sam's wait for Sam, untouched.
      await expect
        .poll(() => draftKeys(robinsTab))
        .toEqual([expect.stringMatching(/^reconnect:draft:checkin:/)]);
      expect(await draftKeys(robinsTab)).toEqual([samsDraft]);
      expect(samsDraft).not.toContain(robinsId);
      // Nothing of Robin's stays to be read offline.
      await expect
        .poll(async () => (await cacheStorage(robinsTab))["reconnect-personal"] ?? [])
        .not.toContain("/api/safety-plan");
      await robinsTab.close();
    });
  }
});

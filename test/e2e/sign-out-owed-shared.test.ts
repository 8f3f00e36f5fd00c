import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { untilAnswersKept } from "./support/offline-device.js";
import { createOwner } from "./support/server.js";

const ROBIN = { username: "robin", password: "another quiet evening" };
const OWED = "reconnect:sign-out-owed";

/** What this browser's mark of a sign-out owed holds, or null with none. */
function owedMark(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), OWED);
}

/** Counts, in `page`, the changes to the mark that other tabs make (the app's listener is first). */
async function countMarkChanges(page: Page): Promise<void> {
  await page.evaluate((key) => {
    const seen = { count: 0 };
    Object.assign(window, { markChangesSeen: seen });
    window.addEventListener("storage", (event) => {
      if (event.key === key) seen.count += 1;
    });
  }, OWED);
}

function markChangesSeen(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { markChangesSeen: { count: number } }).markChangesSeen.count,
  );
}

/*
 * A shared family computer: Sam's tab was left open when Robin signed in in another. Sam's stale
 * tab then signs out with no network. The sign-out owed is Sam's: Robin's tab stays where it is,
 * and once the network is back, Robin's session (the browser's cookie now) is not ended by it.
 */
describe.skipIf(browserUnavailable())("a sign-out owed on a shared browser", () => {
  const journey = useJourney();
  beforeAll(async () => {
    await createOwner(journey.server.baseUrl, OWNER);
  });

  it("is only the signed-out person's: Robin's tab stays, and Robin's session lives", async () => {
    const { page, context, server } = journey;
    const base = server.baseUrl;
    const owners = (await journey.newContext()).request;
    expect((await owners.post(`${base}/api/session`, { data: OWNER })).status()).toBe(200);
    const invitation = await owners.post(`${base}/api/invitations`, { data: {} });
    const { url } = (await invitation.json()) as { url: string };
    const accepted = await (await journey.newContext()).request.post(
      `${base}/api${url.replace("/join/", "/invitations/")}/accept`,
      { data: ROBIN },
    );
    expect(accepted.status()).toBe(201);
    const robinsId = ((await accepted.json()) as { id: string }).id;

    // A sign-in screen left open in another tab. Sam signs in here and settles (the safety plan
    // kept for offline is the app's last request of its own accord), then Robin signs in in that
    // tab: Sam's tab is left showing Sam.
    const robinsTab = new CheckinPage(await context.newPage());
    await openPage(robinsTab.page, `${base}/sign-in`);
    await new SignInPage(robinsTab.page).waitUntilShown();
    await openPage(page, `${base}/sign-in`);
    const samsTab = new CheckinPage(page);
    await new SignInPage(page).signIn(OWNER.username, OWNER.password);
    await samsTab.waitUntilToday();
    await untilAnswersKept(page, ["/api/safety-plan"]);
    await new SignInPage(robinsTab.page).signIn(ROBIN.username, ROBIN.password);
    await robinsTab.waitUntilToday();
    await countMarkChanges(robinsTab.page);

    // With no network, Sam signs out in the stale tab: a sign-out of Sam is owed.
    await context.setOffline(true);
    await samsTab.signOut();
    const mark = await owedMark(page);
    expect(mark).not.toBeNull();
    expect(mark).not.toContain(robinsId);

    // Robin's tab has seen the mark, and stays on Robin's check-in.
    await expect.poll(() => markChangesSeen(robinsTab.page)).toBeGreaterThan(0);
    await robinsTab.waitUntilToday();
    expect(new URL(robinsTab.page.url()).pathname).not.toBe("/sign-in");
    expect(await robinsTab.page.getByRole("heading", { name: "Sign in" }).count()).toBe(0);

    // The network returns: the owed sign-out is answered (the session is Robin's, not Sam's) and
    // dropped, and Robin is still signed in, in this browser and in their tab.
    await context.setOffline(false);
    await expect.poll(() => owedMark(robinsTab.page)).toBeNull();
    const session = await context.request.get(`${base}/api/session`);
    expect(((await session.json()) as { user: { id: string } | null }).user?.id).toBe(robinsId);
    await robinsTab.page.reload();
    await robinsTab.waitUntilToday();
    await robinsTab.page.close();
  });
});

import type { APIRequestContext, Page } from "playwright-core";
import { expect } from "vitest";
import { CheckinPage } from "../pages/CheckinPage.js";
import { SignInPage } from "../pages/SignInPage.js";
import { type Journey, OWNER, openPage } from "./journey.js";
import { untilAnswersKept } from "./offline-device.js";

/*
 * A shared family computer: Sam (the owner) and Robin, whom Sam invited, use one browser. Sam's
 * tab was left open when Robin signed in in another, and Sam's stale tab then signs out with no
 * network: a sign-out of Sam is owed. The steps the journeys about that browser share.
 */

export const ROBIN = { username: "robin", password: "another quiet evening" } as const;

export const OWED = "reconnect:sign-out-owed";

/** What this browser's mark of a sign-out owed holds, or null with none. */
export function owedMark(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), OWED);
}

/**
 * Robin joins by Sam's invitation, on a phone of their own (the owner's account is made already):
 * Robin's id, and the phone's requests, not signed in yet.
 */
export async function robinJoins(
  journey: Journey,
): Promise<{ robinsId: string; robinsPhone: APIRequestContext }> {
  const base = journey.server.baseUrl;
  const owners = (await journey.newContext()).request;
  expect((await owners.post(`${base}/api/session`, { data: OWNER })).status()).toBe(200);
  const invitation = await owners.post(`${base}/api/invitations`, { data: {} });
  const { url } = (await invitation.json()) as { url: string };
  const robinsPhone = (await journey.newContext()).request;
  const accepted = await robinsPhone.post(
    `${base}/api${url.replace("/join/", "/invitations/")}/accept`,
    { data: ROBIN },
  );
  expect(accepted.status()).toBe(201);
  return { robinsId: ((await accepted.json()) as { id: string }).id, robinsPhone };
}

/**
 * A sign-in screen left open in another tab. Sam signs in in the journey's page and settles (the
 * safety plan kept for offline is the app's last request of its own accord), then Robin signs in
 * in that tab: Sam's tab is left showing Sam. `beforeSamSignsIn` runs on Sam's tab, open on
 * sign-in, first.
 */
export async function samsTabLeftOpen(
  journey: Journey,
  beforeSamSignsIn: (page: Page) => Promise<void> = async () => undefined,
): Promise<{ samsTab: CheckinPage; robinsTab: CheckinPage }> {
  const { page, context, server } = journey;
  const base = server.baseUrl;
  const robinsTab = new CheckinPage(await context.newPage());
  await openPage(robinsTab.page, `${base}/sign-in`);
  await new SignInPage(robinsTab.page).waitUntilShown();
  await openPage(page, `${base}/sign-in`);
  await beforeSamSignsIn(page);
  const samsTab = new CheckinPage(page);
  await new SignInPage(page).signIn(OWNER.username, OWNER.password);
  await samsTab.waitUntilToday();
  await untilAnswersKept(page, ["/api/safety-plan"]);
  await new SignInPage(robinsTab.page).signIn(ROBIN.username, ROBIN.password);
  await robinsTab.waitUntilToday();
  return { samsTab, robinsTab };
}

/** With no network, Sam signs out in the stale tab: a sign-out of Sam, not of Robin, is owed. */
export async function samSignsOutOffline(
  journey: Journey,
  samsTab: CheckinPage,
  robinsId: string,
): Promise<void> {
  await journey.context.setOffline(true);
  await samsTab.signOut();
  const mark = await owedMark(samsTab.page);
  expect(mark).not.toBeNull();
  expect(mark).not.toContain(robinsId);
}

/**
 * The network returns: the sign-out owed is answered (the browser's session is Robin's, not
 * Sam's) and dropped, as `robinsTab` sees it, and Robin is still signed in on this browser.
 */
export async function owedAnsweredRobinStays(
  journey: Journey,
  robinsTab: CheckinPage,
  robinsId: string,
): Promise<void> {
  await journey.context.setOffline(false);
  await expect.poll(() => owedMark(robinsTab.page)).toBeNull();
  const session = await journey.context.request.get(`${journey.server.baseUrl}/api/session`);
  expect(((await session.json()) as { user: { id: string } | null }).user?.id).toBe(robinsId);
}

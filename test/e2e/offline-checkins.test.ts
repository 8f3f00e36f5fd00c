import type { APIRequestContext, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { OfflineSyncPanel } from "./pages/OfflineSyncPanel.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { refuseWithTheWorkerInCharge } from "./support/held-requests.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { personalAnswersKept, untilKeptOnDevice } from "./support/offline-device.js";
import { createOwner } from "./support/server.js";

const ON_DEVICE = "Saved on this device. It will be sent when you're back online.";
// Saves refused with the browser still online: the server, not the network, could not be reached.
const SERVER_AWAY =
  "Saved on this device. Reconnect couldn't be reached, so it will be sent as soon as it can be.";
const today = localDateOf(new Date());

/** Today's check-in as the server has it for whoever `request` is signed in as, or undefined. */
async function serverToday(request: APIRequestContext, baseUrl: string) {
  const response = await request.get(`${baseUrl}/api/checkins?from=${today}&to=${today}`);
  expect(response.status()).toBe(200);
  const { checkins } = (await response.json()) as { checkins: Record<string, unknown>[] };
  return checkins[0];
}

/**
 * Saves fail as with no network, while the rest of the app still reaches the server; the
 * returned function lets them through again. Refused at DevTools' own interception, with the
 * service worker in charge: a Playwright route lets through unrouted a save the worker passes
 * on, and a save that got through would be on the server, not on the device.
 */
async function refuseSaves(page: Page): Promise<() => Promise<void>> {
  const { stop } = await refuseWithTheWorkerInCharge(page, "*/api/checkins/*", "PUT");
  return stop;
}

/** What this device holds: IndexedDB databases and queued items, caches, localStorage keys. */
function deviceStorage(page: Page) {
  return page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((db) => db.name ?? "");
    const queued: unknown[] = [];
    if (databases.includes("reconnect-offline")) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("reconnect-offline");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      if (db.objectStoreNames.contains("checkins")) {
        const all = db.transaction("checkins").objectStore("checkins").getAll();
        queued.push(
          ...(await new Promise<unknown[]>((resolve) => {
            all.onsuccess = () => resolve(all.result);
          })),
        );
      }
      db.close();
    }
    const cached: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      cached[name] = (await cache.keys()).map((r) => new URL(r.url).pathname);
    }
    return { databases, queued, cached, localStorage: Object.keys(localStorage) };
  });
}

async function signInAs(
  page: Page,
  baseUrl: string,
  who: { username: string; password: string },
): Promise<CheckinPage> {
  await openPage(page, `${baseUrl}/`);
  const form = new SignInPage(page);
  await form.waitUntilShown();
  await form.signIn(who.username, who.password);
  const checkin = new CheckinPage(page);
  await checkin.waitUntilToday();
  return checkin;
}

describe.skipIf(browserUnavailable())("checking in with no network", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, locale: "en-GB" });
  let ownerMade = false;
  async function owner(page: Page = journey.page): Promise<CheckinPage> {
    if (!ownerMade) {
      await createOwner(journey.server.baseUrl, OWNER);
      ownerMade = true;
    }
    const { baseUrl } = journey.server;
    // Signed in through the API first, so each journey starts from a day with no check-in (the
    // file shares one server) before the app opens.
    const signedIn = await page.request.post(`${baseUrl}/api/session`, { data: OWNER });
    expect(signedIn.status()).toBe(200);
    const cleared = await page.request.delete(`${baseUrl}/api/checkins/${today}`, { data: {} });
    expect(cleared.status()).toBe(204);
    await openPage(page, `${baseUrl}/`);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    return checkin;
  }

  it("keeps an offline check-in on the device, shows the crisis card, and sends it when back online", async () => {
    const { context, page, server } = journey;
    const checkin = await owner();
    await untilKeptOnDevice(page);

    await context.setOffline(true);
    await checkin.pick("Mood", 2);
    await checkin.openMore();
    // The crisis check runs in the browser: no network is needed for help to be offered.
    await checkin.note.fill("Everyone would be better off without me");
    await checkin.crisisCard.waitFor();
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: ON_DEVICE }).first().waitFor();
    const panel = new OfflineSyncPanel(page);
    await panel.waitFor("One check-in is saved on this device.");
    expect(await violations(page)).toEqual([]);
    expect(await serverToday(context.request, server.baseUrl)).toBeUndefined();

    await context.setOffline(false);
    await panel.waitFor("Your check-in saved on this device has been sent.");
    // The words under Save say so too: it no longer waits for the network.
    await expect
      .poll(() => checkin.status.first().textContent())
      .not.toContain("It will be sent when you're back online");
    expect(await serverToday(context.request, server.baseUrl)).toMatchObject({
      date: today,
      mood: 2,
      note: "Everyone would be better off without me",
    });
    expect((await deviceStorage(page)).queued).toEqual([]);
  });

  it("a queued check-in is called saved on this device by every notice, through reloads with no network", async () => {
    const { context, page, server } = journey;
    const checkin = await owner();
    await untilKeptOnDevice(page);
    const notSaved = page.getByText(/isn't saved|not saved/);

    // Typing on the bus, the signal goes, and the page is reloaded: nothing typed is lost.
    await context.setOffline(true);
    await checkin.pick("Mood", 2);
    await checkin.openMore();
    await checkin.note.fill("Typed on the bus");
    await page.reload();
    await checkin.waitUntilToday();
    await checkin.draftNotice.filter({ hasText: "It isn't saved yet" }).waitFor();
    expect(await checkin.chosen("Mood")).toBe(2);
    await checkin.openMore();
    expect(await checkin.note.inputValue()).toBe("Typed on the bus");

    // Saved with no network: the draft notice goes, and every notice agrees.
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: ON_DEVICE }).first().waitFor();
    await checkin.draftNotice.waitFor({ state: "detached" });
    expect(await notSaved.count()).toBe(0);
    expect(await page.locator(".checkin-hint").textContent()).toBe(ON_DEVICE);

    // Reloaded again, still offline: the answers are there, called saved on this device.
    await page.reload();
    await checkin.waitUntilToday();
    await page.locator(".checkin-hint").filter({ hasText: ON_DEVICE }).waitFor();
    expect(await notSaved.count()).toBe(0);
    expect(await checkin.draftNotice.count()).toBe(0);
    expect(await checkin.chosen("Mood")).toBe(2);
    expect(await checkin.note.inputValue()).toBe("Typed on the bus");
    expect(await violations(page)).toEqual([]);

    // A second tab opened on the same day, still offline, says the same and shows the same words.
    const second = new CheckinPage(await context.newPage());
    await second.page.goto(`${server.baseUrl}/`);
    await second.waitUntilToday();
    await second.page.locator(".checkin-hint").filter({ hasText: ON_DEVICE }).waitFor();
    expect(await second.chosen("Mood")).toBe(2);
    await second.page.close();

    await context.setOffline(false);
    await new OfflineSyncPanel(page).waitFor("Your check-in saved on this device has been sent.");
    expect(await serverToday(context.request, server.baseUrl)).toMatchObject({
      mood: 2,
      note: "Typed on the bus",
    });
  });

  it("the network coming back while a sync is still failing sends the check-in then, not at the next reload", async () => {
    const { context, page, server } = journey;
    const checkin = await owner();
    await untilKeptOnDevice(page);
    await context.setOffline(true);
    await checkin.pick("Mood", 4);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: ON_DEVICE }).first().waitFor();

    // The signal flickers: the first send hangs on a dying connection and is dropped, and the
    // network is back (its "online" comes) while that send is still failing.
    let drop = () => {};
    const dropped = new Promise<void>((resolve) => {
      drop = resolve;
    });
    let sends = 0;
    // A Playwright route, as before this session: paused at DevTools' own interception past the
    // worker, the send was never seen once the context came back online (1 full run in 1).
    await page.route("**/api/checkins/*", async (route) => {
      if (route.request().method() !== "PUT" || sends++ > 0) return route.fallback();
      await dropped;
      await route.abort("internetdisconnected");
    });
    await context.setOffline(false);
    await expect.poll(() => sends).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    drop();

    await new OfflineSyncPanel(page).waitFor("Your check-in saved on this device has been sent.");
    expect(await serverToday(context.request, server.baseUrl)).toMatchObject({ mood: 4 });
  });

  it("a day changed elsewhere meanwhile shows both versions, and the person keeps one", async () => {
    const { context, page, server } = journey;
    const phone = await owner();
    await untilKeptOnDevice(page);
    await phone.pick("Mood", 5);
    await phone.save();

    // The phone goes offline and changes the day...
    await context.setOffline(true);
    await phone.pick("Mood", 7);
    await phone.openMore();
    await phone.note.fill("Written on the phone, on the bus");
    await phone.saveButton.click();
    await phone.status.filter({ hasText: ON_DEVICE }).first().waitFor();

    // ...while the same person changes it on a laptop.
    const laptopContext: BrowserContext = await journey.newContext({
      viewport: { width: 390, height: 844 },
      locale: "en-GB",
    });
    const laptop = await signInAs(await laptopContext.newPage(), server.baseUrl, OWNER);
    await laptop.pick("Mood", 3);
    await laptop.openMore();
    await laptop.note.fill("Written on the laptop");
    await laptop.save();

    await context.setOffline(false);
    const panel = new OfflineSyncPanel(page);
    await panel.conflict.waitFor();
    expect(await panel.version("On this device").textContent()).toContain(
      "Written on the phone, on the bus",
    );
    expect(await panel.version("Saved elsewhere").textContent()).toContain("Written on the laptop");
    // Said out loud as well as shown, since the person may be down by Save, far from the choice.
    await page
      .getByRole("status")
      .filter({ hasText: "One day saved on this device needs your choice before it can be sent." })
      .waitFor();
    // Nothing was overwritten while the person had not chosen.
    expect(await serverToday(context.request, server.baseUrl)).toMatchObject({ mood: 3 });
    expect(await violations(page)).toEqual([]);

    await panel.keepMine.click();
    await panel.conflict.waitFor({ state: "detached" });
    expect(await serverToday(context.request, server.baseUrl)).toMatchObject({
      mood: 7,
      note: "Written on the phone, on the bus",
    });

    // Once more, and this time the person keeps the laptop's: the phone's is let go, by choice.
    await context.setOffline(true);
    await phone.pick("Mood", 8);
    await phone.saveButton.click();
    await phone.status.filter({ hasText: ON_DEVICE }).first().waitFor();
    await laptop.page.reload();
    await laptop.waitUntilToday();
    await laptop.pick("Mood", 1);
    await laptop.save();
    await context.setOffline(false);
    await panel.conflict.waitFor();
    await panel.keepOther.click();
    await panel.conflict.waitFor({ state: "detached" });
    expect(await serverToday(context.request, server.baseUrl)).toMatchObject({ mood: 1 });
    expect((await deviceStorage(page)).queued).toEqual([]);
  });

  it("history says what it last saw when offline; sign-out warns, then leaves nothing of the person's", async () => {
    const { context, page } = journey;
    const checkin = await owner();
    await (await checkin.reveal(checkin.historyLink)).click();
    await checkin.waitForHeading("Your last four weeks");
    await (await checkin.reveal(checkin.checkinLink)).click();
    await checkin.waitUntilToday();

    await context.setOffline(true);
    await (await checkin.reveal(checkin.historyLink)).click();
    await page.getByText(/^Last seen .*; you're offline\./).waitFor();
    expect(await violations(page)).toEqual([]);
    await context.setOffline(false);

    await (await checkin.reveal(checkin.checkinLink)).click();
    await checkin.waitUntilToday();
    await refuseSaves(page);
    await checkin.pick("Mood", 4);
    await checkin.openMore();
    await checkin.note.fill("Words that must not stay on a shared phone");
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: SERVER_AWAY }).first().waitFor();
    const before = await deviceStorage(page);
    expect(before.queued).toHaveLength(1);
    expect(before.cached["reconnect-personal"]?.length).toBeGreaterThan(0);

    await (await checkin.reveal(checkin.signOutButton)).click();
    await checkin.waitForHeading("Some check-ins haven't been sent yet");
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Sign out and delete them" }).click();
    await checkin.waitForHeading("Sign in");

    const after = await deviceStorage(page);
    expect(after.databases).not.toContain("reconnect-offline");
    expect(after.queued).toEqual([]);
    expect(Object.keys(after.cached)).not.toContain("reconnect-personal");
    expect(personalAnswersKept(after.cached)).toEqual([]);
    expect(after.localStorage.filter((key) => key.startsWith("reconnect:"))).toEqual([]);
  });

  it("signing out with no network clears the device at once, and ends the session once back online", async () => {
    const { context, page, server } = journey;
    const checkin = await owner();
    await untilKeptOnDevice(page);
    await (await checkin.reveal(checkin.historyLink)).click();
    await checkin.waitForHeading("Your last four weeks");
    await (await checkin.reveal(checkin.checkinLink)).click();
    await checkin.waitUntilToday();
    // A second tab, open on the history screen.
    const other = new CheckinPage(await context.newPage());
    await other.page.goto(`${server.baseUrl}/history`);
    await other.waitForHeading("Your last four weeks");

    await context.setOffline(true);
    await checkin.pick("Mood", 3);
    await checkin.openMore();
    await checkin.note.fill("Said only to this phone");
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: ON_DEVICE }).first().waitFor();
    const before = await deviceStorage(page);
    expect(before.queued).toHaveLength(1);
    expect(before.cached["reconnect-personal"]?.length).toBeGreaterThan(0);
    expect(before.localStorage.some((key) => key.startsWith("reconnect:draft:"))).toBe(true);

    // Still offline: the warning, then everything of the person's goes from the device.
    await (await checkin.reveal(checkin.signOutButton)).click();
    await checkin.waitForHeading("Some check-ins haven't been sent yet");
    await page.getByRole("button", { name: "Sign out and delete them" }).click();
    await checkin.waitForHeading("Sign in");
    // The other tab follows, so nothing of the person stays on its screen either.
    await other.waitForHeading("Sign in");
    expect(await other.page.getByText("Your last four weeks").count()).toBe(0);
    await other.page.close();
    const after = await deviceStorage(page);
    expect(after.databases).not.toContain("reconnect-offline");
    expect(Object.keys(after.cached)).not.toContain("reconnect-personal");
    expect(personalAnswersKept(after.cached)).toEqual([]);
    // Only the note that a sign-out is owed to the server: no name, no words, no queue.
    expect(after.localStorage.filter((key) => key.startsWith("reconnect:"))).toEqual([
      "reconnect:sign-out-owed",
    ]);
    expect(JSON.stringify(after)).not.toContain("Said only to this phone");

    // Opened again with no network, the app shows sign-in, never the person who left.
    await page.reload();
    await checkin.waitForHeading("Sign in");

    // The network returns: the server's session is ended, and the app stays on sign-in.
    await context.setOffline(false);
    await expect
      .poll(async () => {
        const session = await context.request.get(`${server.baseUrl}/api/session`);
        return ((await session.json()) as { user: unknown }).user;
      })
      .toBeNull();
    expect((await deviceStorage(page)).localStorage).not.toContain("reconnect:sign-out-owed");
    await page.reload();
    await checkin.waitForHeading("Sign in");
    // The check-in let go at the warning never reached the server.
    const again = await context.request.post(`${server.baseUrl}/api/session`, { data: OWNER });
    expect(again.status()).toBe(200);
    expect(await serverToday(context.request, server.baseUrl)).toBeUndefined();
  });

  it("a check-in queued by one account is never sent under another who signs in", async () => {
    const { context, page, server } = journey;
    const checkin = await owner();
    // Someone else is invited to this server.
    const invitation = await context.request.post(`${server.baseUrl}/api/invitations`, {
      data: {},
    });
    expect(invitation.status()).toBe(201);
    const { url } = (await invitation.json()) as { url: string };

    const stopRefusing = await refuseSaves(page);
    await checkin.pick("Mood", 6);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: SERVER_AWAY }).first().waitFor();
    // The sync panel has tried to send it and kept it, before the network comes back: otherwise
    // its first try could go out after the refusal is lifted and send it as the owner, rightly.
    await new OfflineSyncPanel(page).waitFor("One check-in is saved on this device.");
    await stopRefusing();

    // The owner's session ends without signing out (it ran out), and the other person joins.
    await context.clearCookies();
    const robin = { username: "robin", password: "robin's own long password" };
    const joined = await context.request.post(
      `${server.baseUrl}/api/invitations/${url.split("/").pop()}/accept`,
      { data: robin },
    );
    expect(joined.status()).toBe(201);
    await openPage(page, `${server.baseUrl}/`);
    await new CheckinPage(page).waitUntilToday();
    // The app has looked at the queue at start, as the newcomer, and sent nothing.
    await page.locator("[data-sync-runs]:not([data-sync-runs='0'])").waitFor({ state: "attached" });
    expect(await serverToday(context.request, server.baseUrl)).toBeUndefined();
    expect((await deviceStorage(page)).queued).toHaveLength(1);

    // Back as the owner, the check-in goes where it belongs.
    await context.clearCookies();
    await signInAs(page, server.baseUrl, OWNER);
    await new OfflineSyncPanel(page).waitFor("Your check-in saved on this device has been sent.");
    expect(await serverToday(context.request, server.baseUrl)).toMatchObject({ mood: 6 });
  });
});

describe.skipIf(browserUnavailable())("when the device's storage is broken", () => {
  // IndexedDB refuses to open, as in a damaged profile or a locked-down browser.
  const journey = useJourney({ viewport: { width: 390, height: 844 }, locale: "en-GB" });

  it("the app still opens, says what happened, and an offline save keeps the answers on screen", async () => {
    const { context, page, server } = journey;
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("The database could not be opened.", "UnknownError");
      };
      // Something was queued before the storage broke, so the app looks at once.
      localStorage.setItem("reconnect:offline-queue", "1");
    });
    await createOwner(server.baseUrl, OWNER);
    const checkin = await signInAs(page, server.baseUrl, OWNER);
    const panel = new OfflineSyncPanel(page);
    await panel.region
      .getByRole("alert")
      .filter({ hasText: "This device's storage couldn't be opened" })
      .waitFor();
    expect(await violations(page)).toEqual([]);

    await refuseSaves(page);
    await checkin.pick("Mood", 3);
    await checkin.saveButton.click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Your answers are still here: try again when you're back online." })
      .first()
      .waitFor();
    expect(await checkin.chosen("Mood")).toBe(3);
    // Crisis help is still one tap away.
    await Promise.all([page.waitForURL(/\/crisis(\?from=[^&]*)?$/), checkin.helpLink.click()]);
  });
});

import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { FIRST_RETRY_MS, LONGEST_RETRY_MS } from "../../src/web/offline/retry-backoff.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { OfflineSyncPanel } from "./pages/OfflineSyncPanel.js";
import { browserUnavailable } from "./support/browser.js";
import { interceptPastTheWorker } from "./support/held-requests.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const today = localDateOf(new Date());
const SAVED_HERE =
  "Saved on this device. Reconnect couldn't be reached, so it will be sent as soon as it can be.";
const NOTE = "Walked to the shop and back.";

/*
 * The server stops while the device stays online (a home server restarted): the check-in waits on
 * the device. The browser sends no event when the server comes back, so the app has to try again
 * by itself: before, the day waited for a tab switch or a reload while other devices, insights
 * and the report went without it, under words telling the person they were offline.
 */
describe.skipIf(browserUnavailable())("a check-in saved while the server was away", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, locale: "en-GB" });
  let ownerMade = false;

  /**
   * Signed in as the owner on today's check-in, on a day with no check-in yet (the file shares one
   * server), with the page's timers on a clock the journey moves, so no try again is waited for.
   * Check-in saves are refused as by a server that cannot be reached while `away` holds, the
   * browser itself staying online throughout; `sends` says how each save went, in order.
   */
  async function serverAway() {
    const { page, server } = journey;
    const base = server.baseUrl;
    if (!ownerMade) await createOwner(base, OWNER);
    ownerMade = true;
    expect((await page.request.post(`${base}/api/session`, { data: OWNER })).status()).toBe(200);
    expect(
      (await page.request.delete(`${base}/api/checkins/${today}`, { data: {} })).status(),
    ).toBe(204);
    await openPage(page, `${base}/`);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await page.clock.install();

    const state = { away: true, sends: [] as ("refused" | "sent")[] };
    const stop = await interceptPastTheWorker(page, "**/api/checkins/*", (request) => {
      if (request.method !== "PUT") return request.continue();
      state.sends.push(state.away ? "refused" : "sent");
      return state.away ? request.fail() : request.continue();
    });
    const refused = () => state.sends.filter((send) => send === "refused").length;
    return { checkin, panel: new OfflineSyncPanel(page), state, refused, stop };
  }

  /** Saves mood 3 and NOTE with the server away: kept on the device, as the status says. */
  async function saveWithNote(checkin: CheckinPage): Promise<void> {
    await checkin.pick("Mood", 3);
    await checkin.openMore();
    await checkin.note.fill(NOTE);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: SAVED_HERE }).first().waitFor();
  }

  /** Today's check-in as the server has it. */
  async function serverToday(): Promise<{ mood?: number; note?: string } | undefined> {
    const { page, server } = journey;
    const response = await page.request.get(
      `${server.baseUrl}/api/checkins?from=${today}&to=${today}`,
    );
    const { checkins } = (await response.json()) as {
      checkins: { mood?: number; note?: string }[];
    };
    return checkins[0];
  }

  it("is sent once the server answers again, with no tab switch or reload, and the words never say offline", async () => {
    const { page } = journey;
    const { checkin, panel, state, stop } = await serverAway();
    await saveWithNote(checkin);
    await panel.waitFor(
      "One check-in is saved on this device. Reconnect couldn't be reached, so it will be sent as soon as it can be.",
    );
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    expect(await page.getByText("back online").count()).toBe(0);

    // The server is back. Nothing the browser would announce happens: no `online`, no tab shown.
    state.away = false;
    await page.clock.fastForward(FIRST_RETRY_MS);
    await expect.poll(async () => (await serverToday())?.note, { timeout: 15_000 }).toBe(NOTE);
    await panel.waitFor("Your check-in saved on this device has been sent.");
    await stop();
    // Sent once, after the tries the server did not answer.
    expect(state.sends.at(-1)).toBe("sent");
    expect(state.sends.filter((send) => send === "sent")).toHaveLength(1);
  });

  it("is sent when the person moves to another screen, before any timer comes round", async () => {
    const { page } = journey;
    const { checkin, panel, state, refused, stop } = await serverAway();
    await checkin.pick("Mood", 5);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: SAVED_HERE }).first().waitFor();
    await panel.waitFor(/^One check-in is saved on this device\./);
    // The save and the panel's send are refused, then the first try again: after it the next try
    // is ten seconds of the page's clock away, longer than this journey waits below. The page's
    // clock runs meanwhile, so on a loaded machine that first try may come before the move on.
    await expect.poll(refused).toBeGreaterThanOrEqual(2);
    const beforeTheTry = refused();
    await page.clock.fastForward(FIRST_RETRY_MS);
    await expect.poll(refused).toBeGreaterThan(beforeTheTry);
    state.away = false;

    await (await checkin.reveal(checkin.nav.getByRole("link", { name: "Plan" }))).click();
    await expect.poll(async () => (await serverToday())?.mood, { timeout: 5_000 }).toBe(5);
    await panel.waitFor("Your check-in saved on this device has been sent.");
    await stop();
  });

  /*
   * Before, "Keep this device's" sent the day there and then: with the server away the choice
   * failed with an error, and the day went on waiting for another tap. Meanwhile nothing is tried:
   * only the person's choice can move the day.
   */
  it("a day changed elsewhere waits for the person's choice with no tries, and the choice is sent once the server answers", async () => {
    const { page, server } = journey;
    const { checkin, panel, state, stop } = await serverAway();
    await saveWithNote(checkin);
    await panel.waitFor(/^One check-in is saved on this device\./);

    // The same day saved on another device meanwhile.
    const elsewhere = await page.request.put(`${server.baseUrl}/api/checkins/${today}`, {
      data: { mood: 6, note: "Written on the laptop" },
    });
    expect(elsewhere.status()).toBe(200);
    // The server answers the next try: the day is asked about.
    state.away = false;
    await page.clock.fastForward(LONGEST_RETRY_MS);
    await panel.conflict.waitFor();
    await panel.waitFor(/^One day saved on this device needs your choice/);

    // Away again, and many tries' worth of time passes: none is made while the choice waits.
    state.away = true;
    const beforeChoice = state.sends.length;
    await page.clock.fastForward(LONGEST_RETRY_MS);
    await page.clock.fastForward(LONGEST_RETRY_MS);
    await page.clock.fastForward(LONGEST_RETRY_MS);
    expect(state.sends).toHaveLength(beforeChoice);

    // The choice needs no server: it is kept, and the day waits to be sent like any other.
    await panel.keepMine.click();
    await panel.conflict.waitFor({ state: "detached" });
    await panel.waitFor(
      "One check-in is saved on this device. Reconnect couldn't be reached, so it will be sent as soon as it can be.",
    );
    expect(await page.getByRole("alert").filter({ hasText: "couldn't reach" }).count()).toBe(0);
    expect(await serverToday()).toMatchObject({ mood: 6 });

    state.away = false;
    await page.clock.fastForward(FIRST_RETRY_MS);
    await panel.waitFor("Your check-in saved on this device has been sent.");
    expect(await serverToday()).toMatchObject({ mood: 3, note: NOTE });
    await stop();
  });
});

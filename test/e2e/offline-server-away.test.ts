import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { FIRST_RETRY_MS } from "../../src/web/offline/retry-backoff.js";
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

  /** Signed in as the owner, on a day with no check-in yet (the file shares one server). */
  async function signedIn(): Promise<void> {
    const { page, server } = journey;
    const base = server.baseUrl;
    if (!ownerMade) await createOwner(base, OWNER);
    ownerMade = true;
    expect((await page.request.post(`${base}/api/session`, { data: OWNER })).status()).toBe(200);
    expect(
      (await page.request.delete(`${base}/api/checkins/${today}`, { data: {} })).status(),
    ).toBe(204);
  }

  it("is sent once the server answers again, with no tab switch or reload, and the words never say offline", async () => {
    const { page, server } = journey;
    const base = server.baseUrl;
    await signedIn();
    await openPage(page, `${base}/`);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    // The app's timers run on a clock the journey moves, so the try again is not waited for.
    await page.clock.install();

    // The server cannot be reached; the browser itself stays online throughout.
    let serverAway = true;
    const sends: string[] = [];
    const stop = await interceptPastTheWorker(page, "**/api/checkins/*", (request) => {
      if (request.method !== "PUT") return request.continue();
      sends.push(serverAway ? "refused" : "sent");
      return serverAway ? request.fail() : request.continue();
    });
    await checkin.pick("Mood", 3);
    await checkin.openMore();
    await checkin.note.fill(NOTE);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: SAVED_HERE }).first().waitFor();
    const panel = new OfflineSyncPanel(page);
    await panel.waitFor(
      "One check-in is saved on this device. Reconnect couldn't be reached, so it will be sent as soon as it can be.",
    );
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    expect(await page.getByText("back online").count()).toBe(0);

    // The server is back. Nothing the browser would announce happens: no `online`, no tab shown.
    serverAway = false;
    await page.clock.fastForward(FIRST_RETRY_MS);
    await expect
      .poll(
        async () => {
          const response = await page.request.get(`${base}/api/checkins?from=${today}&to=${today}`);
          const { checkins } = (await response.json()) as { checkins: { note?: string }[] };
          return checkins[0]?.note;
        },
        { timeout: 15_000 },
      )
      .toBe(NOTE);
    await panel.waitFor("Your check-in saved on this device has been sent.");
    await stop();
    // Sent once, after the tries the server did not answer.
    expect(sends.at(-1)).toBe("sent");
    expect(sends.filter((send) => send === "sent")).toHaveLength(1);
  });

  it("is sent when the person moves to another screen, before any timer comes round", async () => {
    const { page, server } = journey;
    const base = server.baseUrl;
    await signedIn();
    await openPage(page, `${base}/`);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await page.clock.install();

    let serverAway = true;
    let refused = 0;
    const stop = await interceptPastTheWorker(page, "**/api/checkins/*", (request) => {
      if (request.method !== "PUT" || !serverAway) return request.continue();
      refused += 1;
      return request.fail();
    });
    await checkin.pick("Mood", 5);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: SAVED_HERE }).first().waitFor();
    const panel = new OfflineSyncPanel(page);
    await panel.waitFor(/^One check-in is saved on this device\./);
    // The save and the panel's send are refused, then the first try again: after it the next try
    // is ten seconds of the page's clock away, longer than this journey waits below. The page's
    // clock runs meanwhile, so on a loaded machine that first try may come before the move on.
    await expect.poll(() => refused).toBeGreaterThanOrEqual(2);
    const beforeTheTry = refused;
    await page.clock.fastForward(FIRST_RETRY_MS);
    await expect.poll(() => refused).toBeGreaterThan(beforeTheTry);
    serverAway = false;

    await (await checkin.reveal(checkin.nav.getByRole("link", { name: "Plan" }))).click();
    await expect
      .poll(
        async () => {
          const response = await page.request.get(`${base}/api/checkins?from=${today}&to=${today}`);
          const { checkins } = (await response.json()) as { checkins: { mood?: number }[] };
          return checkins[0]?.mood;
        },
        { timeout: 5_000 },
      )
      .toBe(5);
    await panel.waitFor("Your check-in saved on this device has been sent.");
    await stop();
  });
});

import { describe, expect, it } from "vitest";
import { browserUnavailable } from "./support/browser.js";
import { controlledByTheWorker, routePastTheWorker } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { untilKeptOnDevice } from "./support/offline-device.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * A journey that holds or refuses a request sends the page's requests past the service worker
 * for that while only: after its `stop`, a reload is the worker's again, as in a person's browser.
 */
describe.skipIf(browserUnavailable())("a route set past the service worker", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("keeps the bypass through a reload while on, and ends it with the route", async () => {
    const page = await signIn("/");
    await untilKeptOnDevice(page);
    const stop = await routePastTheWorker(page, "**/api/nothing-here", (route) => route.abort());
    await page.reload();
    expect(await controlledByTheWorker(page)).toBe(false);
    await stop();
    await page.reload();
    expect(await controlledByTheWorker(page)).toBe(true);
  });
});

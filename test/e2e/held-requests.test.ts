import { describe, expect, it } from "vitest";
import { browserUnavailable } from "./support/browser.js";
import {
  controlledByTheWorker,
  globToRegExp,
  holdRequests,
  routePastTheWorker,
} from "./support/held-requests.js";
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

  it("holds a save the page sends with the worker in charge until released, and only that", async () => {
    const page = await signIn("/");
    await untilKeptOnDevice(page);
    const held = await holdRequests(page, "**/api/nothing-here", (method) => method === "POST");
    // The page notes the answer's status where the journey can read it, "waiting" until then.
    await page.evaluate(() => {
      document.body.dataset.answer = "waiting";
      void fetch("/api/nothing-here", { method: "POST" }).then((response) => {
        document.body.dataset.answer = String(response.status);
      });
    });
    const answer = () => page.evaluate(() => document.body.dataset.answer);
    await expect.poll(() => held.sent).toEqual(["POST"]);
    // A request the hold does not pick goes on meanwhile; the held one is still waiting after it.
    expect(
      await page.evaluate(() => fetch("/api/nothing-here").then((response) => response.status)),
    ).toBe(404);
    expect(await answer()).toBe("waiting");
    held.release();
    // Any status will do (the server refuses this bare POST); what matters is that one came.
    await expect.poll(answer).toMatch(/^\d{3}$/);
    await held.stop();
    expect(held.sent).toEqual(["POST"]);
  });
});

describe("the address pattern a hold uses", () => {
  it("reads `*` within one part of the path and `**` across parts, as Playwright does", () => {
    expect(globToRegExp("**/api/people/*").test("http://127.0.0.1:1/api/people/abc")).toBe(true);
    expect(globToRegExp("**/api/people/*").test("http://127.0.0.1:1/api/people/a/b")).toBe(false);
    expect(globToRegExp("**/api/thoughts/**").test("http://h/api/thoughts/a/b")).toBe(true);
    expect(globToRegExp("**/api/assessments").test("http://h/api/assessments")).toBe(true);
    expect(globToRegExp("**/api/assessments").test("http://h/api/assessmentsX")).toBe(false);
    expect(globToRegExp("**/api/a.b").test("http://h/api/aXb")).toBe(false);
  });
});

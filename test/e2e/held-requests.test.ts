import { describe, expect, it } from "vitest";
import { browserUnavailable } from "./support/browser.js";
import {
  controlledByTheWorker,
  globToRegExp,
  holdRequests,
  interceptPastTheWorker,
} from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { untilKeptOnDevice } from "./support/offline-device.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * A journey that holds or refuses a request sends the page's requests past the service worker
 * for that while only: after its `stop`, a reload is the worker's again, as in a person's browser.
 */
describe.skipIf(browserUnavailable())("requests paused past the service worker", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("keeps the bypass through a reload while on, and ends it with the interception", async () => {
    const page = await signIn("/");
    await untilKeptOnDevice(page);
    const stop = await interceptPastTheWorker(page, "**/api/nothing-here", (request) =>
      request.fail(),
    );
    await page.reload();
    expect(await controlledByTheWorker(page)).toBe(false);
    await stop();
    await page.reload();
    expect(await controlledByTheWorker(page)).toBe(true);
  });

  it("refuses, answers or sends on each request as the journey says, and only the ones it names", async () => {
    const page = await signIn("/");
    await untilKeptOnDevice(page);
    const stop = await interceptPastTheWorker(page, "**/api/nothing-here/*", (request) => {
      if (request.url.endsWith("/refused")) return request.fail();
      if (request.url.endsWith("/answered")) return request.fulfil(503, { busy: true });
      return request.continue();
    });
    // Each fetch notes its status, or "refused" when no answer came at all.
    const outcome = (path: string) =>
      page.evaluate((address) => {
        return fetch(address).then(
          async (response) => `${response.status} ${await response.text()}`,
          () => "refused",
        );
      }, path);
    // Several of each, side by side, as a journey's screen sends them.
    const paths = ["refused", "answered", "sent-on"].flatMap((name) =>
      Array.from({ length: 3 }, () => `/api/nothing-here/${name}`),
    );
    const outcomes = await Promise.all(paths.map(outcome));
    expect(outcomes.slice(0, 3)).toEqual(["refused", "refused", "refused"]);
    expect(outcomes.slice(3, 6)).toEqual(Array.from({ length: 3 }, () => '503 {"busy":true}'));
    // The server's own answer: nothing lives there.
    expect(outcomes.slice(6).map((text) => text.slice(0, 3))).toEqual(["404", "404", "404"]);
    // An address the pattern does not name goes on to the server.
    expect(await outcome("/api/nothing-here")).toMatch(/^404 /);
    await stop();
    expect(await outcome("/api/nothing-here/refused")).toMatch(/^404 /);
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

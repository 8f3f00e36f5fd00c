import { readFileSync } from "node:fs";
import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates/local-date.js";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocused, tabTo } from "./support/focus.js";
import { interceptPastTheWorker } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { untilAnswersKept } from "./support/offline-device.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;

describe.skipIf(browserUnavailable())("replacing everything with an old file", () => {
  const journey = useJourney(PHONE);
  const signInAt = ownerSignIn(journey);

  it("asks first, saying what would be erased and what comes instead, and keeps all on no", async () => {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, today, 3, (back) => ({ mood: back }));

    // An old export, holding 3 check-ins; since then the person has kept going for weeks.
    await yourData.open();
    const old = await yourData.download();
    expect(JSON.parse(readFileSync(old, "utf8")).checkins).toHaveLength(3);
    await seedCheckins(context.request, server.baseUrl, addDays(today, -3), 9, () => ({ mood: 6 }));
    const checkUp = await context.request.post(`${server.baseUrl}/api/assessments`, {
      data: { instrument: "ucla3", answers: [2, 2, 1] },
    });
    expect(checkUp.status()).toBe(201);
    const plan = await context.request.put(`${server.baseUrl}/api/safety-plan`, {
      data: { reasonsForLiving: ["My cat"] },
    });
    expect(plan.status()).toBe(200);
    // A link shared since: a replace leaves it opening nothing, and the question says so.
    const card = await context.request.post(`${server.baseUrl}/api/shares`, {
      data: { energy: "low", contact: "Texts welcome" },
    });
    expect(card.status()).toBe(201);
    // A calendar app subscribed since: a replace ends its link too, and the question says so.
    const feed = await context.request.post(`${server.baseUrl}/api/calendar/feed`, { data: {} });
    expect(feed.ok(), await feed.text()).toBe(true);
    const feedUrl = new URL(((await feed.json()) as { url: string }).url, server.baseUrl).href;
    expect((await context.request.get(feedUrl)).status()).toBe(200);
    // A day from long ago, past the 20 years any period reaches: a replace erases it too.
    const longAgo = await context.request.put(`${server.baseUrl}/api/checkins/2000-03-01`, {
      data: { mood: 5 },
    });
    expect(longAgo.status()).toBe(200);
    const held = async () => {
      const from = addDays(today, -60);
      const answer = await context.request.get(
        `${server.baseUrl}/api/checkins?from=${from}&to=${today}`,
      );
      return ((await answer.json()) as { checkins: unknown[] }).checkins.length;
    };
    expect(await held()).toBe(12);

    // The app asks for the safety plan once, when idle after it starts, to keep it for offline;
    // on a loaded machine that came while the question was asked, so it is awaited first.
    await untilAnswersKept(page, ["/api/safety-plan"]);
    // Import asks, in place, and moves focus to the question; nothing is sent yet, and what is
    // here is counted, and its links looked at, with one request each.
    const asked: string[] = [];
    const noteAsked = (request: Request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith("/api/")) asked.push(`${request.method()} ${path}`);
    };
    page.on("request", noteAsked);
    await yourData.askToImport(old, "Replace everything here with the file");
    await expectFocused(page, yourData.replaceQuestionHeading, "the replace question");
    const description = await yourData.replaceQuestionHeading.evaluate((heading) =>
      (heading.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
    page.off("request", noteAsked);
    expect(asked.sort()).toEqual(["GET /api/me/counts", "GET /api/shares"]);
    expect(description).toContain(
      "This erases your 13 check-ins, 1 check-up, your safety plan, 1 share card and your calendar link.",
    );
    expect(description).toContain("In their place will be what the file holds: 3 check-ins.");
    expect(description).toContain(
      "The link you shared will stop working. You can make a new one on the Share screen after.",
    );
    expect(description).toContain(
      "Your calendar link will stop working, so your calendar app will stop showing your plan. You can make a new link on the Plan screen after.",
    );
    await yourData.replaceQuestion
      .getByRole("link", { name: "Download all my data first" })
      .waitFor();
    expect(await yourData.importButton.count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    // "Keep what's here" changes nothing and gives focus back to Import.
    await tabTo(page, yourData.keepWhatsHereButton, "Keep what's here");
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText("Nothing was changed").waitFor();
    await expectFocused(page, yourData.importButton, "the Import button");
    expect(await held()).toBe(12);

    // Choosing the other mode sets the question aside, and focus stays where the person is.
    await yourData.importButton.click();
    await yourData.replaceQuestion.waitFor();
    const add = page.getByLabel("Add what is not here yet");
    await add.check();
    await expectFocused(page, add, "the mode just chosen");
    expect(await yourData.replaceQuestion.count()).toBe(0);

    // When what is here cannot be counted, the question still names everything it erases.
    // Past the service worker, which would let the count through at times.
    const stopRefusing = await interceptPastTheWorker(page, "**/api/me/counts", (count) =>
      count.fail(),
    );
    await page.getByLabel("Replace everything here with the file").check();
    await yourData.importButton.click();
    await yourData.replaceQuestion
      .getByText("This erases everything you keep here now: every check-in and its notes")
      .waitFor();
    await stopRefusing();
    await tabTo(page, yourData.keepWhatsHereButton, "Keep what's here");
    await page.keyboard.press("Enter");
    await expectFocused(page, yourData.importButton, "the Import button");

    // Asked again and answered yes, by keyboard, it replaces.
    await page.getByLabel("Replace everything here with the file").check();
    await yourData.importButton.click();
    await tabTo(page, yourData.yesReplaceButton, "Yes, replace everything");
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText("Imported 3 check-ins.").waitFor();
    expect(await held()).toBe(3);
    // As the question said: the calendar app's link opens nothing now.
    expect((await context.request.get(feedUrl)).status()).toBe(404);
  });

  it("adds in one step, without a question", async () => {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, today, 1, () => ({ mood: 4 }));
    await yourData.open();
    const file = await yourData.download();
    const removed = await context.request.delete(`${server.baseUrl}/api/checkins/${today}`, {
      data: {},
    });
    expect(removed.status()).toBe(204);

    await yourData.askToImport(file, "Add what is not here yet");
    await page.getByRole("status").getByText("Imported 1 check-in.").waitFor();
    expect(await yourData.replaceQuestion.count()).toBe(0);
  });
});

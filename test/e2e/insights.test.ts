import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { cycleHistory } from "../support/insights-history.js";
import { InsightsPage } from "./pages/InsightsPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

/** Makes the owner, then signs in from the insights address, which signing in returns to. */
async function openInsights(journey: Journey): Promise<InsightsPage> {
  const { page, server } = journey;
  await createOwner(server.baseUrl, OWNER);
  await openPage(page, `${server.baseUrl}/insights`);
  const signIn = new SignInPage(page);
  await signIn.waitUntilShown();
  await signIn.signIn(OWNER.username, OWNER.password);
  const insights = new InsightsPage(page);
  await insights.waitUntilShown();
  return insights;
}

describe.skipIf(browserUnavailable())("insights for a fresh account", () => {
  const journey = useJourney({ reducedMotion: "reduce" });

  it("shows a friendly empty state, never an error", async () => {
    const { page } = journey;
    const insights = await openInsights(journey);
    expect(new URL(page.url()).pathname).toBe("/insights");
    await expect(insights.insightsLink.getAttribute("aria-current")).resolves.toBe("page");
    await expect(insights.emptyState.textContent()).resolves.toContain(
      "Your insights will show up here after a few check-ins.",
    );
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    await expect(insights.cycleSection.count()).resolves.toBe(0);
    await expect(page.getByText("No check-up scores yet.").count()).resolves.toBe(1);
    expect(await violations(page)).toEqual([]);
  });
});

describe.skipIf(browserUnavailable())("insights from 40 days of check-ins", () => {
  const journey = useJourney({ reducedMotion: "reduce" });

  it("draws the cycle map with a sentence per arrow, a table, and a gentle heads-up", async () => {
    const { page, server } = journey;
    let insights = await openInsights(journey);

    // Seeded through the API with the page's own session, as the check-in screen would save them.
    const today = localDateOf(new Date());
    for (const { date, checkin } of cycleHistory(today)) {
      const response = await page.request.put(`${server.baseUrl}/api/checkins/${date}`, {
        data: checkin,
      });
      expect(response.status(), `saving ${date}`).toBe(200);
    }
    const phq9 = await page.request.post(`${server.baseUrl}/api/assessments`, {
      data: { instrument: "phq9", answers: [1, 1, 1, 1, 0, 1, 0, 0, 0], difficulty: 1 },
    });
    expect(phq9.status()).toBe(201);
    await page.reload();
    insights = new InsightsPage(page);
    await insights.waitUntilShown();
    await insights.cycleSection.waitFor();

    // The scores sit under "Check-up scores over time" in the outline a screen reader lists,
    // one level below it, not beside it as another section.
    const scores = page.getByRole("region", { name: "Check-up scores over time" });
    await scores.getByRole("heading", { level: 3, name: "Your PHQ-9 scores" }).waitFor();
    await expect(scores.getByRole("heading", { level: 2 }).allInnerTexts()).resolves.toEqual([
      "Check-up scores over time",
    ]);

    // The diagram has a one-line summary as its name; its arrows are drawn, solid here.
    await expect(insights.diagram.getAttribute("aria-label")).resolves.toContain(
      "4 show a clear pattern",
    );
    const arrows = insights.diagram.locator("path.insights-arrow");
    await expect(arrows.count()).resolves.toBe(4);
    for (const arrow of await arrows.all()) {
      await expect(arrow.getAttribute("marker-end")).resolves.toMatch(/^url\(#/);
      await expect(arrow.getAttribute("stroke-dasharray")).resolves.toBeNull();
    }

    // The text equivalent: each arrow in plain words, then in numbers inside the details fold.
    const sentences = await insights.arrowSentences.allInnerTexts();
    expect(sentences).toHaveLength(5);
    expect(sentences[0]).toMatch(
      /^Connections today[\s\S]*mood tomorrow: After days when you are in touch with more people/,
    );
    await insights.openDetails();
    const detailed = await insights.details.getByRole("listitem").allInnerTexts();
    const shown = detailed.filter((sentence) => sentence.includes("pattern, not proof"));
    expect(shown).toHaveLength(4);
    expect(detailed[0]).toMatch(
      /^Connections today[\s\S]*mood tomorrow: On days after you connected/,
    );

    // The table equivalent: every arrow with its estimate, range and day pairs.
    const rows = insights.cycleTable.getByRole("row");
    await expect(rows.count()).resolves.toBe(6);
    const first = await rows.nth(1).locator("th, td").allInnerTexts();
    expect(first[0]).toContain("Connections today");
    expect(first[1]).toMatch(
      /^\+\d\.\d+ mood points for each extra person \(\+\d\.\d+ to \+\d\.\d+\)\. A clear pattern\.$/,
    );
    expect(first[2]).toBe("39");

    // The last week pulled away from the usual: said gently, with one step and the lesson.
    await expect(insights.headsUp.textContent()).resolves.toContain(
      "you connected with people less often than usual",
    );
    await expect(
      insights.headsUp
        .getByRole("link", { name: "Find a small step in your Plan" })
        .getAttribute("href"),
    ).resolves.toBe("/plan");
    await expect(
      insights.headsUp
        .getByRole("link", { name: "Read: The loop that keeps you low" })
        .getAttribute("href"),
    ).resolves.toBe("/learn/the-cycle");
    await expect(page.getByText(/should/i).count()).resolves.toBe(0);

    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
  });
});

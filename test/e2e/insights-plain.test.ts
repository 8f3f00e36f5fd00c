import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { cycleHistory, type SeededDay, softerLastWeek } from "../support/insights-history.js";
import { InsightsPage } from "./pages/InsightsPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const PHONE = { width: 390, height: 844 };

/** Signs in at Insights, saves `days` through the API as the check-in screen would, reloads. */
async function insightsWith(journey: Journey, days: readonly SeededDay[]): Promise<InsightsPage> {
  const { page, server } = journey;
  await createOwner(server.baseUrl, OWNER);
  await openPage(page, `${server.baseUrl}/insights`);
  const signIn = new SignInPage(page);
  await signIn.waitUntilShown();
  await signIn.signIn(OWNER.username, OWNER.password);
  await new InsightsPage(page).waitUntilShown();
  for (const { date, checkin } of days) {
    const response = await page.request.put(`${server.baseUrl}/api/checkins/${date}`, {
      data: checkin,
    });
    expect(response.status(), `saving ${date}`).toBe(200);
  }
  await page.reload();
  const insights = new InsightsPage(page);
  await insights.waitUntilShown();
  return insights;
}

/** Each text's rendered font size in CSS pixels: its size in the drawing times the drawing's scale. */
function renderedSizes(texts: Locator): Promise<number[]> {
  return texts.evaluateAll((elements) =>
    elements.map((element) => {
      const text = element as SVGTextElement;
      const scale = text.ownerSVGElement?.getScreenCTM()?.a ?? 1;
      return Number.parseFloat(getComputedStyle(text).fontSize) * scale;
    }),
  );
}

async function bothSchemes(page: Page): Promise<string[]> {
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await violations(page);
  await page.emulateMedia({ colorScheme: "light" });
  return [...light, ...dark];
}

describe.skipIf(browserUnavailable())("insights agree with themselves, on a phone", () => {
  const journey = useJourney({ reducedMotion: "reduce", viewport: PHONE });

  it("names in the summary every row its table marks as harder than usual", async () => {
    const today = localDateOf(new Date());
    const insights = await insightsWith(journey, softerLastWeek(today));
    const rows = await insights.withdrawalRows();
    const harder = rows.filter((row) => row[3] === "Yes, harder than usual").map((row) => row[0]);
    expect(harder).toEqual(["Mood", "Energy"]);
    // Numbers a person can picture: connections a day, saying which days count (only those
    // checked in, never scaled to a week the log does not hold), answers out of 10.
    for (const [what, recent, usual] of rows) {
      const shape =
        what === "Connections, on days you checked in"
          ? /^(none|(about \d+(\.\d+)?|less than 0\.01) a day)$/
          : /^\d+(\.\d)? out of 10$/;
      expect(recent, what).toMatch(shape);
      expect(usual, what).toMatch(shape);
    }

    const summary = (await insights.withdrawalSection.locator("p").first().textContent()) ?? "";
    expect(summary).not.toContain("Nothing stands out");
    expect(summary).toContain("lower mood and less energy");
    // Two mood-side changes alone are named, but no heads-up is raised.
    await expect(insights.headsUp.count()).resolves.toBe(0);
    expect(await bothSchemes(journey.page)).toEqual([]);
  });
});

describe.skipIf(browserUnavailable())("the cycle map in plain words, on a phone", () => {
  const journey = useJourney({ reducedMotion: "reduce", viewport: PHONE });

  it("opens with one everyday sentence, keeps numbers in a fold, and links to the lesson and back", async () => {
    const { page } = journey;
    const today = localDateOf(new Date());
    // Ten weeks: more than two months of check-ins.
    const insights = await insightsWith(journey, cycleHistory(today, 70));
    await insights.cycleSection.waitFor();

    // One sentence, first under the heading, in everyday words: no figures, no statistics.
    const takeaway = (await insights.takeaway.textContent()) ?? "";
    expect(takeaway).toMatch(/^[^.]+\.$/);
    expect(takeaway).not.toMatch(/\d|range|pairs|%/);
    await expect(
      insights.cycleSection
        .locator("h2 + p")
        .evaluate((p) => p.classList.contains("insights-takeaway")),
    ).resolves.toBe(true);

    // Until the fold opens, no range, percentage or day pairs are on show.
    // Rendered text only: what a closed fold holds is not on show.
    const visible = (await insights.cycleSection.allInnerTexts()).join(" ");
    expect(visible).not.toMatch(/90%|range|Day pairs|day pairs/);
    await expect(insights.cycleTable.isVisible()).resolves.toBe(false);
    for (const sentence of await insights.arrowSentences.allInnerTexts()) {
      expect(sentence).not.toMatch(/\d\.\d/);
    }

    // Every word in the diagram reads at 14 px or more on a 390 px screen.
    const sizes = await renderedSizes(insights.diagram.locator("text"));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(14);

    // The numbers are one tap away, and their table fits the phone: nothing to scroll sideways.
    await insights.openDetails();
    const fold = (await insights.details.textContent()) ?? "";
    expect(fold).toMatch(/90%/);
    const box = await insights.cycleTable.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    expect(await bothSchemes(page)).toEqual([]);

    // To the lesson about the loop, and from there back to this map.
    await insights.cycleSection
      .getByRole("link", { name: "Read about the loop: The loop that keeps you low" })
      .click();
    await insights.waitForHeading("The loop that keeps you low");
    expect(await bothSchemes(page)).toEqual([]);
    await page.getByRole("link", { name: "See your own map" }).click();
    await insights.waitUntilShown();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe("/insights#cycle-heading");
    await insights.cycleSection.waitFor();
  });
});

import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates/local-date.js";
import { WideTable } from "./pages/WideTable.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { tabTo } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

const PHONE = { width: 390, height: 844 };
const PEOPLE = ["Jo", "Amir", "Grandma Rose", "Priya"];

/**
 * A phone with its text at 200%, and four months of check-ins behind the tables. The week's
 * rhythm on Plan pushed the whole page sideways, cutting every line on it at the screen's edge;
 * the tables on Insights and Check-ups scrolled in boxes a keyboard could not reach.
 */
describe.skipIf(browserUnavailable())("the tables, with the text at 200% on a phone", () => {
  const journey = useJourney({ viewport: PHONE, hasTouch: true, isMobile: true });
  const signIn = ownerSignIn(journey);

  it("keep the page to the screen's width, and scroll on their own by keyboard", async () => {
    const { context, server } = journey;
    await readTextAt(journey.page, 200);
    const page = await signIn("/history");
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, addDays(today, -1), 120, (back) => ({
      mood: Math.round(5 + 2.5 * Math.sin(back / 9)),
      energy: (back * 5) % 11,
      rumination: (back * 3) % 11,
      sleepHours: 5 + (back % 8) / 2,
      connections:
        back % 3 === 0 ? [{ name: PEOPLE[back % PEOPLE.length], mode: "message", felt: 1 }] : [],
      note: back % 13 === 0 ? "Round and round in my head about what they think of me." : "",
    }));
    for (const answers of [
      [2, 2, 1, 2, 1, 1, 2, 1, 0],
      [1, 1, 1, 1, 1, 0, 1, 0, 0],
    ]) {
      const phq9 = await context.request.post(`${server.baseUrl}/api/assessments`, {
        data: { instrument: "phq9", answers },
      });
      expect(phq9.status()).toBe(201);
    }

    const screens = [
      { path: "/plan", caption: "This week's rhythm" },
      { path: "/insights", caption: "Your last 7 days and the 4 weeks before" },
      { path: "/check-ups", caption: "Your PHQ-9 scores, newest first" },
      { path: "/history", caption: "Your check-ins, newest first" },
    ];
    for (const screen of screens) {
      await page.goto(`${server.baseUrl}${screen.path}`);
      const wide = new WideTable(page, screen.caption);
      await wide.table.waitFor();
      // The table is wider than the screen at this size, so it scrolls in its own named box…
      await wide.box.waitFor();
      // …and the page does not: no line of it runs past the screen's edge.
      expect(await pageWidth(page), `${screen.path} reaches sideways`).toBe(PHONE.width);
      // A keyboard reaches the box and moves along it with the arrow keys.
      await tabTo(page, wide.box, `the box of "${screen.caption}"`);
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => wide.scrolled(), { message: screen.caption }).toBeGreaterThan(0);
      expect(await violations(page), screen.path).toEqual([]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { LearnPage } from "./pages/LearnPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

/**
 * Every lesson on a phone with the text at 200%. A heading's long word ("Misunderstandings") and
 * the button at the end of a lesson ("…your appointment") were wider than the screen, so the
 * whole lesson slid sideways under a thumb and its lines ran past the edge.
 */
describe.skipIf(browserUnavailable())("the lessons, with the text at 200% on a phone", () => {
  const journey = useJourney({ viewport: PHONE, hasTouch: true, isMobile: true });
  const signIn = ownerSignIn(journey);

  it("each keep to the screen's width", async () => {
    await readTextAt(journey.page, 200);
    const page = await signIn("/learn");
    const learn = new LearnPage(page);
    await learn.waitUntilShown();
    const lessons = await learn.lessonPaths();
    expect(lessons.length).toBeGreaterThan(10);

    const wide: string[] = [];
    for (const lesson of lessons) {
      await page.goto(`${journey.server.baseUrl}${lesson}`);
      await learn.heading.waitFor();
      const width = await pageWidth(page);
      if (width !== PHONE.width) wide.push(`${lesson} is ${width} px wide`);
    }
    expect(wide).toEqual([]);
  });
});

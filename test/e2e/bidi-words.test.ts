import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sendAs } from "../support/four-months.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { drawnAsWritten, drawnLefts, spelled } from "./support/word-order.js";

/**
 * A person's words set in the app's own sentences, beyond the circle (circle-bidi-names): each
 * ends in RIGHT-TO-LEFT OVERRIDE (U+202E) left open, which turned every word of ours after it
 * backwards until the words were isolated. The words are kept as written; only the drawing keeps
 * them to themselves.
 */
const OPEN = "\u202E";

interface ActivityRow {
  id: string;
  area: string;
  own: boolean;
}

/** Requests as the signed-in page's person. */
async function apiOf(page: Page) {
  const cookie = (await page.context().cookies())
    .map(({ name, value }) => `${name}=${value}`)
    .join("; ");
  return sendAs(new URL(page.url()).origin, cookie);
}

describe.skipIf(browserUnavailable())("a person's words ending in a right-to-left override", () => {
  const journey = useJourney({ locale: "en-GB", viewport: { width: 1024, height: 900 } });
  const signIn = ownerSignIn(journey);

  it("leave the words after a feeling's name in a saved thought record in order", async () => {
    const page = await signIn("/thoughts");
    await page.getByRole("heading", { name: "Your thoughts" }).waitFor();
    const api = await apiOf(page);
    const record = (await api("POST", "/api/thoughts", {
      thought: "Nobody wants to hear from me",
      feelings: [{ name: `Sad${OPEN}`, before: 80, after: 50 }],
    })) as { id: string };
    await page.goto(`${journey.server.baseUrl}/thoughts/${record.id}`);
    const line = page.locator("li").filter({ hasText: "then" });
    await line.waitFor();
    const drawn = await drawnLefts(line, ["80", "then", "50"]);
    expect(drawnAsWritten(drawn), spelled(drawn)).toBe(true);
  });

  it("leave the words after a smaller step's title in order once a step is let go", async () => {
    const page = await signIn("/plan");
    await page.getByRole("heading", { name: "Plan a small step" }).waitFor();
    const api = await apiOf(page);
    // Only the person's own tiny step is left in the area, so it is the smaller one offered.
    const { activities } = (await api("GET", "/api/activities?include=hidden", undefined)) as {
      activities: ActivityRow[];
    };
    for (const activity of activities) {
      if (activity.area === "connection" && !activity.own) {
        await api("PATCH", `/api/activities/${activity.id}`, { hidden: true });
      }
    }
    const bigger = (await api("POST", "/api/activities", {
      title: "Meet Jo for lunch",
      area: "connection",
      effort: "bigger",
      minutes: 90,
      social: true,
      firstStep: "Ask Jo which day suits",
    })) as { id: string };
    await api("POST", "/api/activities", {
      title: `Text Jo${OPEN}`,
      area: "connection",
      effort: "tiny",
      minutes: 2,
      social: true,
      firstStep: "Open the chat",
    });
    const today = await page.evaluate(() => new Date().toLocaleDateString("sv-SE"));
    await api("POST", "/api/plans", {
      activityId: bigger.id,
      date: today,
      time: null,
      predictedEnjoyment: 5,
    });
    await page.reload();
    await page.getByRole("button", { name: "Let it go: Meet Jo for lunch" }).click();
    const note = page.getByText("Something smaller might fit better");
    await note.waitFor();
    const drawn = await drawnLefts(note, ["Something", "better", "First", "step"]);
    expect(drawnAsWritten(drawn), spelled(drawn)).toBe(true);
  });
});

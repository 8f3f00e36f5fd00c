import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { sendAs } from "../support/four-months.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { ThoughtRecordPage } from "./pages/ThoughtsPage.js";
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
/** A name in Hebrew letters ending in a dash, as an account may be named. */
const DANA = "\u05D3\u05E0\u05D4-";
/** Hebrew names, as they may be written for a feeling or a person seen that day. */
const DANA_LETTERS = "\u05D3\u05E0\u05D4";
const YAEL = "\u05D9\u05E2\u05DC";

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

  it("leave the words after a share link's name in its heading in order", async () => {
    const page = await signIn("/share");
    await page.getByRole("heading", { name: "Share how you're doing" }).waitFor();
    const api = await apiOf(page);
    await api("POST", "/api/shares", {
      energy: "low",
      contact: "Texts welcome",
      label: `Jo${OPEN}`,
    });
    await page.reload();
    const heading = page.getByRole("heading", { name: /^For Jo/ });
    await heading.waitFor();
    const drawn = await drawnLefts(heading, ["For", "made", "on"]);
    expect(drawnAsWritten(drawn), spelled(drawn)).toBe(true);
  });

  it("leave the names after it in order in a day changed somewhere else", async () => {
    // The list's commas are ours: the override left open drew ", Jo, Al" as "lA ,oJ ,".
    const page = await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.nav.waitFor();
    const api = await apiOf(page);
    const today = localDateOf(new Date());
    await api("PUT", `/api/checkins/${today}`, {
      mood: 5,
      connections: [
        { name: DANA_LETTERS, mode: "call" },
        { name: YAEL, mode: "message" },
      ],
    });
    await page.reload();
    await checkin.waitUntilToday();
    await checkin.pick("Mood", 6);
    await api("PUT", `/api/checkins/${today}`, {
      mood: 7,
      connections: [
        { name: `Sam${OPEN}`, mode: "call" },
        { name: "Jo", mode: "message" },
        { name: "Al", mode: "video" },
      ],
    });
    await checkin.saveButton.click();
    const theirs = page
      .getByRole("region", { name: "Today was changed somewhere else" })
      .locator(".conflict-version")
      .filter({ hasText: "Saved elsewhere" });
    const names = theirs.locator("dd").filter({ hasText: "Jo" });
    await names.waitFor();
    const drawn = await drawnLefts(names, ["Jo", "Al"]);
    expect(drawnAsWritten(drawn), spelled(drawn)).toBe(true);
    // Two Hebrew names in a row ran together as one right-to-left phrase, the first drawn last.
    const mine = page
      .locator(".conflict-version")
      .filter({ hasText: "Your changes" })
      .locator("dd");
    const hebrew = await drawnLefts(mine.filter({ hasText: YAEL }), [DANA_LETTERS, YAEL]);
    expect(drawnAsWritten(hebrew), spelled(hebrew)).toBe(true);
  });

  it("leave the feelings after it in order in a thought record changed somewhere else", async () => {
    const page = await signIn("/thoughts");
    await page.getByRole("heading", { name: "Your thoughts" }).waitFor();
    const api = await apiOf(page);
    const saved = {
      thought: "Nobody wants to hear from me",
      feelings: [
        { name: YAEL, before: 70 },
        { name: "Low", before: 50 },
      ],
    };
    const { id } = (await api("POST", "/api/thoughts", saved)) as { id: string };
    await page.goto(`${journey.server.baseUrl}/thoughts/${id}`);
    const record = new ThoughtRecordPage(page);
    await record.edit();
    await record.situation.fill("A quiet evening on my own.");
    await api("PUT", `/api/thoughts/${id}`, {
      ...saved,
      feelings: [
        { name: `Sad${OPEN}`, before: 80 },
        { name: "Tired", before: 60 },
        { name: "Calm", before: 20 },
      ],
    });
    await record.saveForNowButton.click();
    const theirs = page
      .getByRole("region", { name: "This record was changed somewhere else" })
      .locator(".conflict-version")
      .filter({ hasText: "Saved elsewhere" });
    const feelings = theirs.locator("dd").filter({ hasText: "Tired" });
    await feelings.waitFor();
    const drawn = await drawnLefts(feelings, ["Tired", "Calm"]);
    expect(drawnAsWritten(drawn), spelled(drawn)).toBe(true);
    // A first feeling in Hebrew turned the whole list of them around.
    const mine = page
      .locator(".conflict-version")
      .filter({ hasText: "Your words on this device" })
      .locator("dd")
      .filter({ hasText: "Low" });
    const hebrew = await drawnLefts(mine, [YAEL, "Low"]);
    expect(drawnAsWritten(hebrew), spelled(hebrew)).toBe(true);
  });

  it("draw a right-to-left account name in the admin's list as it reads alone", async () => {
    // A name may hold no control character (letters, digits, . _ @ -), so none can turn the
    // list's words around; but a Hebrew name ending in a dash took the dash to the side of the
    // words after it ("Remove" ... "and everything") instead of keeping it at the name's own end.
    const page = await signIn("/admin");
    await page.getByRole("heading", { name: "People on this Reconnect" }).waitFor();
    const api = await apiOf(page);
    const invitation = (await api("POST", "/api/invitations", { role: "member" })) as {
      url: string;
    };
    const token = invitation.url.split("/").pop() ?? "";
    await sendAs(journey.server.baseUrl, "")("POST", `/api/invitations/${token}/accept`, {
      username: DANA,
      password: "a long walk by the river",
    });
    await page.reload();
    await page.getByRole("button", { name: /^Remove / }).click();
    const question = page.getByText("and everything in their account");
    await question.waitFor();
    // Read right to left, the name's last character, the dash, is drawn at its left.
    const [first, dash] = await drawnLefts(question, ["\u05D3", "-"]);
    expect(dash?.left, spelled([first, dash].filter((at) => at !== undefined))).toBeLessThan(
      first?.left ?? Number.NaN,
    );
  });
});

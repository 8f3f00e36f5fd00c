import { describe, expect, it } from "vitest";
import { sendAs } from "../support/four-months.js";
import { CirclePage } from "./pages/CirclePage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { drawnAsWritten, drawnLefts, spelled } from "./support/word-order.js";

/**
 * A name ending in RIGHT-TO-LEFT OVERRIDE (U+202E), pasted from somewhere or brought in by an
 * import, turned every word after it backwards: "Let Dana‮ know what's going on" was drawn
 * "Let Dana no gniog s'tahw wonk". The name is the person's to write; the app's words around it
 * stay in order.
 */
const DANA = "Dana\u202E";

describe.skipIf(browserUnavailable())("a name holding a right-to-left override", () => {
  const journey = useJourney({ locale: "en-GB", viewport: { width: 1024, height: 900 } });
  const signIn = ownerSignIn(journey);

  it("leaves the circle's own words around it in their order", async () => {
    const page = await signIn("/circle");
    const circle = new CirclePage(page);
    await circle.waitForHeading("Your circle");
    await circle.addButton.click();
    await circle.field(circle.addForm, "Name").fill(DANA);
    await circle.field(circle.addForm, "How they like to hear from you").selectOption("message");
    await circle.button(circle.addForm, "Save").click();
    const status = circle.status.filter({ hasText: "is in your circle." });
    await status.waitFor();
    const card = circle.card(DANA);
    await card.waitFor();
    // Every fold open, so each message idea is drawn wherever it sits.
    const more = card.locator("summary").filter({ hasText: "More message ideas for" });
    await more.click();
    await card.getByRole("list", { name: /^More message ideas for/ }).waitFor();

    const lines = {
      "the status": await drawnLefts(status, ["is", "in", "your", "circle"]),
      "the fold": await drawnLefts(card.locator("summary").filter({ hasText: "going on" }), [
        "Let",
        "know",
        "what's",
        "going",
      ]),
      "the ideas' fold": await drawnLefts(more, ["More", "message", "ideas", "for"]),
      "the reason": await drawnLefts(card.getByText("likes messages"), [
        "likes",
        "messages",
        "fits",
      ]),
      "a draft": await drawnLefts(card.locator(".draft").filter({ hasText: "popped" }), [
        "Hi",
        "you",
        "popped",
        "into",
      ]),
    };
    const backwards = Object.entries(lines)
      .filter(([, drawn]) => !drawnAsWritten(drawn))
      .map(([line, drawn]) => `${line}: ${spelled(drawn)}`);
    expect(backwards).toEqual([]);
  });

  it("leaves the words around a share link's name in their order when asked to turn it off", async () => {
    const page = await signIn("/share");
    await page.getByRole("heading", { name: "Share how you're doing" }).waitFor();
    const cookie = (await page.context().cookies())
      .map(({ name, value }) => `${name}=${value}`)
      .join("; ");
    await sendAs(journey.server.baseUrl, cookie)("POST", "/api/shares", {
      energy: "low",
      contact: "Texts welcome",
      label: DANA,
    });
    await page.reload();
    await page.getByRole("button", { name: /^Turn off the link for/ }).click();
    const question = page.getByText("Anyone who opens it will see");
    await question.waitFor();
    const drawn = await drawnLefts(question, ["made", "on", "Anyone", "who", "opens"]);
    expect(drawnAsWritten(drawn), spelled(drawn)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** Three lines, as a tired person writes a thought that keeps going. */
const LONG_THOUGHT = [
  "I always ruin everything.",
  "Nobody wants to hear from me.",
  "It will be like this forever.",
].join("\n");

describe.skipIf(browserUnavailable())("a long thought written with large text", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("shows the whole thought as it is written, none of it scrolled out of its box", async () => {
    const page = await signIn("/thoughts");
    // The phone's text at 200%: every size in the app is in rem, as the browser's setting scales.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
    });
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.startNew();
    await record.toTheThought();
    await record.thought.fill(LONG_THOUGHT);
    const box = await record.thought.evaluate((area) => ({
      hidden: area.scrollHeight - area.clientHeight,
      fits: area.getBoundingClientRect().height < window.innerHeight,
    }));
    expect(box).toEqual({ hidden: 0, fits: true });
  });
});

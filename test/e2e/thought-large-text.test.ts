import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { readTextAt } from "./support/large-text.js";
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
    await readTextAt(journey.page, 200);
    const list = new ThoughtListPage(await signIn("/thoughts"));
    await list.waitUntilShown();
    const record = await list.writeNewThought(LONG_THOUGHT);
    const box = await record.thought.evaluate((area) => ({
      hidden: area.scrollHeight - area.clientHeight,
      fits: area.getBoundingClientRect().height < window.innerHeight,
    }));
    expect(box).toEqual({ hidden: 0, fits: true });
  });
});

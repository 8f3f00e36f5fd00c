import type { Worker } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * The trap detector's worker, and the model inside it, once took a second or more to load on a
 * phone, and it was only asked for once typing first paused: a person who wrote a hard thought
 * and waited saw nothing for that long. It is loaded while the record opens, once, and every
 * look after uses the same one.
 */
describe.skipIf(browserUnavailable())("the trap detector, ready before the thought", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("starts loading when the record opens, before a word of the thought, and loads once", async () => {
    const page = await signIn("/thoughts");
    const detectors: Worker[] = [];
    page.on("worker", (worker) => {
      if (worker.url().includes("trap-check")) detectors.push(worker);
    });
    const { record, traps } = await new ThoughtListPage(page).openNewThought();

    // Nothing written yet, and the detector is already on its way.
    await expect.poll(() => detectors.length, { timeout: 20_000 }).toBe(1);
    await expect(record.thought.inputValue()).resolves.toBe("");

    await record.thought.fill("I burned the dinner. I'm such an idiot.");
    await traps.card("Labeling").waitFor();
    await record.thought.fill("Nobody ever calls me back. I always end up alone.");
    await traps.card("Overgeneralizing").waitFor();
    expect(detectors).toHaveLength(1);
  });
});

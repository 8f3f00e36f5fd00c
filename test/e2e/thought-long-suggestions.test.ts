import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasCrisisLanguage } from "../../src/core/safety/crisis-language.js";
import { parseExamples } from "../../src/core/traps/dataset.js";
import { THOUGHT_MAX_LENGTH } from "../../src/core/traps/thought-text.js";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { TrapSuggestionsPanel } from "./pages/TrapSuggestionsPanel.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const LOOKING = "Looking for thinking traps…";

/**
 * A thought at the length limit, as someone pouring out a bad week might write it: different
 * training thoughts one after another, none of them crisis language (that brings its own card,
 * which is not what this journey is about).
 */
function longThought(): string {
  const texts = parseExamples(
    readFileSync(new URL("../../datasets/thinking-traps/train.jsonl", import.meta.url), "utf8"),
  )
    .map((example) => example.text.trim())
    .filter((text) => !hasCrisisLanguage(text));
  let thought = "";
  for (let i = 0; ; i++) {
    const text = texts[(i * 37) % texts.length] ?? "";
    const sentence = /[.!?]$/.test(text) ? text : `${text}.`;
    const next = thought === "" ? sentence : `${thought} ${sentence}`;
    if (next.length > THOUGHT_MAX_LENGTH) return thought;
    thought = next;
  }
}

interface Seen {
  status: string;
  /** Whether the status's words are kept from screen readers. */
  silent: boolean;
  statusHeight: number;
  cards: number;
}

/**
 * A long thought's suggestions take a moment: on a busy phone, seconds. The screen said nothing
 * meanwhile, so a person who had poured out five thousand characters could not tell whether
 * anything was coming.
 */
describe.skipIf(browserUnavailable())("suggestions for a long thought", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("says it is looking, once, on a line kept for it, then shows the suggestions", async () => {
    const thought = longThought();
    expect(thought.length).toBeGreaterThan(THOUGHT_MAX_LENGTH - 200);
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.startNew();
    await record.toTheThought();
    const panel = new TrapSuggestionsPanel(page);
    await panel.region.waitFor();

    // Every state the panel passes through, written down by the page as it happens: the look
    // can be short on a quick machine, and the order of what showed is what is checked.
    await page.evaluate(() => {
      const region = document.querySelector(".trap-suggestions");
      const seen: Seen[] = [];
      Reflect.set(window, "__seenTrapPanel", seen);
      const note = () => {
        const status = region?.querySelector('[role="status"]');
        seen.push({
          status: status?.textContent ?? "(no status line)",
          silent: status?.querySelector('[aria-hidden="true"]') !== null,
          statusHeight: status instanceof HTMLElement ? status.offsetHeight : -1,
          cards: region?.querySelectorAll(".trap-card").length ?? 0,
        });
      };
      note();
      if (region) {
        new MutationObserver(note).observe(region, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      }
    });

    await record.thought.fill(thought);
    await panel.waitForHint(/^We noticed/);
    expect(await panel.cards.count()).toBeGreaterThan(0);
    const seen: Seen[] = await page.evaluate(() => Reflect.get(window, "__seenTrapPanel"));

    const lookingAt = seen.findIndex((state) => state.status === LOOKING);
    const cardsAt = seen.findIndex((state) => state.cards > 0);
    expect(lookingAt, "the look was said before any card came").toBeGreaterThanOrEqual(0);
    expect(lookingAt).toBeLessThan(cardsAt);
    // Gone once the cards are in, and the line it stood on the same height throughout.
    expect(seen.at(-1)?.status).toBe("");
    const heights = new Set(seen.map((state) => state.statusHeight));
    expect([...heights]).toHaveLength(1);
    expect([...heights][0]).toBeGreaterThan(0);

    expect(seen.filter((state) => state.status === LOOKING).every((state) => !state.silent)).toBe(
      true,
    );

    // Said to a screen reader the first time only; a second look after more writing is shown,
    // on the same line, without being read out again.
    await record.thought.press("End");
    await page.keyboard.type(" And now I can't stop thinking about it.");
    await page.waitForFunction(
      ([from, looking]) => {
        const log: Seen[] = Reflect.get(window, "__seenTrapPanel");
        const later = log.slice(from);
        return later.some((state) => state.status === looking) && later.at(-1)?.status === "";
      },
      [seen.length, LOOKING] as const,
    );
    const again: Seen[] = await page.evaluate(() => Reflect.get(window, "__seenTrapPanel"));
    const second = again.slice(seen.length);
    expect(second.filter((state) => state.status === LOOKING).every((state) => state.silent)).toBe(
      true,
    );
    expect(new Set(second.map((state) => state.statusHeight))).toEqual(heights);
    await panel.waitForHint(/^We noticed/);

    expect(await violations(page)).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasCrisisLanguage } from "../../src/core/safety/crisis-language.js";
import { parseExamples } from "../../src/core/traps/dataset.js";
import { THOUGHT_MAX_LENGTH } from "../../src/core/traps/thought-text.js";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { holdableTrapLooks } from "./support/held-trap-looks.js";
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
  /** When, on the page's clock. */
  at: number;
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
    // A look is said only once it has gone on a moment: each is held here until it has been
    // seen, as on a busy phone, so this machine's speed does not decide what is checked.
    const looks = await holdableTrapLooks(journey.page);
    const page = await signIn("/thoughts");
    await looks.hold();
    const { record, traps: panel } = await new ThoughtListPage(page).openNewThought();
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
          at: performance.now(),
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
    await panel.region.getByRole("status").filter({ hasText: LOOKING }).waitFor();
    await looks.letGo();
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
    await looks.hold();
    await record.thought.press("End");
    await page.keyboard.type(" And now I can't stop thinking about it.");
    await page.waitForFunction(
      ([from, looking]) => {
        const log: Seen[] = Reflect.get(window, "__seenTrapPanel");
        return log.slice(from).some((state) => state.status === looking);
      },
      [seen.length, LOOKING] as const,
    );
    await looks.letGo();
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

  it("keeps a look too quick to show from screen readers, and says the first one that shows", async () => {
    // Long enough to be said to be looked at, with room left to write more.
    const whole = longThought();
    const thought = whole.slice(0, whole.indexOf(". ", 1500) + 1);
    const looks = await holdableTrapLooks(journey.page);
    const page = await signIn("/thoughts");
    const { record, traps: panel } = await new ThoughtListPage(page).openNewThought();
    await panel.region.waitFor();
    // The detector loaded on a short thought, which is never said to be looked at, so the long
    // one's look is as quick as this machine can make it.
    await record.thought.fill("I walked to the shop today.");
    await panel.waitForHint(/^We didn't spot|^We noticed/);

    await page.evaluate(() => {
      const region = document.querySelector(".trap-suggestions");
      const status = region?.querySelector('[role="status"]');
      const seen: Seen[] = [];
      Reflect.set(window, "__seenTrapPanel", seen);
      Reflect.set(window, "__lastKey", 0);
      document.addEventListener(
        "input",
        () => Reflect.set(window, "__lastKey", performance.now()),
        true,
      );
      if (status instanceof HTMLElement) {
        new MutationObserver(() =>
          seen.push({
            status: status.textContent ?? "",
            at: performance.now(),
            silent: status.querySelector('[aria-hidden="true"]') !== null,
            statusHeight: status.offsetHeight,
            cards: region?.querySelectorAll(".trap-card").length ?? 0,
          }),
        ).observe(status, { childList: true, subtree: true, characterData: true });
      }
    });
    await record.thought.fill(thought);
    await panel.waitForHint(/^We noticed/);
    const quick: { seen: Seen[]; lastKey: number } = await page.evaluate(() => ({
      seen: Reflect.get(window, "__seenTrapPanel"),
      lastKey: Reflect.get(window, "__lastKey"),
    }));
    // The look starts once typing has paused 300 ms; the words are not put where a screen reader
    // hears them until it has gone on a quarter second more, whatever this machine's speed.
    for (const state of quick.seen.filter((s) => s.status === LOOKING)) {
      expect(
        state.at - quick.lastKey,
        "the words came before a look had run 250 ms",
      ).toBeGreaterThanOrEqual(550);
    }

    // A look that goes on (held here, as a busy phone would) is said: the first to show is heard,
    // however many quick ones came before it.
    await looks.hold();
    await record.thought.press("End");
    await page.keyboard.type(" And now I can't stop thinking about it.");
    const status = panel.region.getByRole("status");
    await status.filter({ hasText: LOOKING }).waitFor();
    const shown: Seen[] = await page.evaluate(() => Reflect.get(window, "__seenTrapPanel"));
    const first = shown.find((state) => state.status === LOOKING);
    expect(first?.silent, "the first look to show is heard").toBe(false);
    await looks.letGo();
    await status.filter({ hasText: /^$/ }).waitFor();

    // And the next is shown without being read out again.
    await looks.hold();
    await page.keyboard.type(" It keeps going round.");
    await status.filter({ hasText: LOOKING }).waitFor();
    expect(await status.locator('[aria-hidden="true"]').count()).toBe(1);
    await looks.letGo();
    await status.filter({ hasText: /^$/ }).waitFor();
  });
});

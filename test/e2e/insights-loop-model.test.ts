import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const PHONE = { width: 390, height: 844 };

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Each text's box on screen, with the box of the drawing it sits in. */
function boxes(texts: Locator): Promise<{ text: string; box: Box; svg: Box; size: number }[]> {
  return texts.evaluateAll((elements) =>
    elements.map((element) => {
      const text = element as SVGTextElement;
      const svg = text.ownerSVGElement;
      const own = text.getBoundingClientRect();
      const outer = svg?.getBoundingClientRect() ?? own;
      const scale = svg?.getScreenCTM()?.a ?? 1;
      const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      return {
        text: text.textContent ?? "",
        box: box(own),
        svg: box(outer),
        size: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      };
    }),
  );
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.skipIf(browserUnavailable())("the loop model, on a phone", () => {
  const journey = useJourney({ reducedMotion: "reduce", viewport: PHONE });

  it("starts level, shows small steps turning the loop in words, and fits its labels", async () => {
    const { page, server } = journey;
    await createOwner(server.baseUrl, OWNER);
    await openPage(page, `${server.baseUrl}/learn/cycle`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const shell = new AppShell(page);
    await shell.waitForHeading("Play with the loop");

    // A neutral picture first: no forecast of decline, no number.
    const summary = page.locator(".cycle-summary");
    const before = (await summary.textContent()) ?? "";
    expect(before).toMatch(/stays about where it started/);
    expect(before).not.toMatch(/\d|drift|no help/i);

    // One small step turns the loop, said without promising a number.
    await page.getByRole("slider", { name: "One small connection a day" }).focus();
    await page.keyboard.press("ArrowRight");
    const after = (await summary.textContent()) ?? "";
    expect(after).toMatch(/turns the other way/);
    expect(after).not.toMatch(/\d/);
    expect(await page.locator("main").textContent()).not.toMatch(/mood is \d|With no help/);

    // Every label in both drawings is whole, 14 px or more, and none sits on another.
    const labels = await boxes(page.locator(".cycle-explorer svg text"));
    expect(labels.length).toBeGreaterThan(8);
    for (const { text, box, svg, size } of labels) {
      expect(box.left, `${text} cut off on the left`).toBeGreaterThanOrEqual(svg.left - 0.5);
      expect(box.right, `${text} cut off on the right`).toBeLessThanOrEqual(svg.right + 0.5);
      expect(size, `${text} too small`).toBeGreaterThanOrEqual(14);
    }
    const weeks = labels.filter(({ text }) => /^(Start|Week \d)$/.test(text));
    expect(weeks.length).toBeGreaterThanOrEqual(3);
    const sameDrawing = (a: Box, b: Box) => a.top === b.top && a.left === b.left;
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        if (!sameDrawing(a.svg, b.svg)) continue;
        expect(overlap(a.box, b.box), `${a.text} overlaps ${b.text}`).toBe(false);
      }
    }

    // The weeks as a table, in words too.
    await page.getByText("Show the weeks as a table").click();
    const cells = await page.locator(".cycle-explorer table td").allInnerTexts();
    for (const cell of cells) expect(cell).not.toMatch(/\d/);
    expect(await violations(page)).toEqual([]);
  });
});

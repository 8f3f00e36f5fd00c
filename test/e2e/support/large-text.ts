import type { Page } from "playwright-core";
import { type Journey, useJourney } from "./journey.js";
import { livedInSignIn } from "./lived-in-sign-in.js";

/** The text size a phone's accessibility setting gives, as a share of the usual: 200 is twice. */
export async function readTextAt(page: Page, percent: number): Promise<void> {
  // Every size in the app is in rem, so the root's size scales it all, as the browser setting does.
  await page.context().addInitScript((size) => {
    document.addEventListener("DOMContentLoaded", () => {
      document.documentElement.style.fontSize = `${size}%`;
    });
  }, percent);
}

/** How far the page itself reaches sideways, in CSS pixels. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * For a file whose journeys are a tired person on a small phone (360×640, British English,
 * motion reduced) with text at 200%, signed in to a lived-in account (see `livedInSignIn`). Call
 * it where `useJourney` would be called. Each journey calls `signInAtLargeText()` before its
 * first page: it sets the text size for the journey's browser and signs it in, and answers what
 * `livedInSignIn` answers.
 */
export function largeTextPhoneJourney(): {
  journey: Journey;
  signInAtLargeText: () => Promise<{ today: string; cookie: string }>;
} {
  const journey = useJourney({
    locale: "en-GB",
    viewport: { width: 360, height: 640 },
    reducedMotion: "reduce",
  });
  const signedIn = livedInSignIn(journey);
  return {
    journey,
    async signInAtLargeText() {
      await readTextAt(journey.page, 200);
      return signedIn();
    },
  };
}

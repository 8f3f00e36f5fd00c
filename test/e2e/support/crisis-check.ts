import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Waits until the crisis check has answered for the words of every watched field in `scope` as
 * they are written now (each card's place says so in `data-crisis-check`). The check runs a pause
 * after typing, in a worker that may still be loading its rules: a journey that looks for no card
 * before then finds none whatever the app would do, so every "no card" comes after this.
 */
export async function crisisCheckAnswered(scope: Page | Locator): Promise<void> {
  const places = scope.locator("[data-crisis-check]");
  await expect
    .poll(
      async () => {
        const states = await places.evaluateAll((all) =>
          all.map((place) => place.getAttribute("data-crisis-check")),
        );
        return states.length > 0 && states.every((state) => state === "done");
      },
      { message: "the crisis check to answer for the words as written" },
    )
    .toBe(true);
}

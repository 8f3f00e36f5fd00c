import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { CrisisPage } from "./pages/CrisisPage.js";
import { DeviceStorageNotice } from "./pages/DeviceStorageNotice.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * A device whose storage refuses everything, as a full disk or a broken browser profile does:
 * every read and write of local and session storage throws, IndexedDB cannot be opened, and the
 * cache storage rejects.
 */
async function breakStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const full = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    for (const name of ["getItem", "setItem", "removeItem", "key", "clear"] as const) {
      Object.defineProperty(Storage.prototype, name, { value: full, configurable: true });
    }
    Object.defineProperty(Storage.prototype, "length", { get: full, configurable: true });
    Object.defineProperty(IDBFactory.prototype, "open", { value: full, configurable: true });
    Object.defineProperty(CacheStorage.prototype, "open", {
      value: () =>
        Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError")),
      configurable: true,
    });
  });
}

describe.skipIf(browserUnavailable())("a device whose storage is full or broken", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("still opens, says what happened, and checking in still works", async () => {
    await breakStorage(journey.context);
    const page = await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    const notice = new DeviceStorageNotice(page);
    await notice.notice.waitFor();
    await expect(notice.notice.textContent()).resolves.toContain("storage may be full");
    expect(await violations(page)).toEqual([]);

    await checkin.pick("Mood", 4);
    await checkin.save();
    // Closed from the keyboard, the notice and its button go: focus goes on to the screen's
    // heading below it, not to the page, where a screen reader is left with nothing.
    await tabTo(page, notice.closeButton, "Got it");
    await page.keyboard.press("Enter");
    await expect(notice.notice.count()).resolves.toBe(0);
    await expectFocusSettles(
      page,
      page.getByRole("heading", { level: 1, name: "How are you today?" }),
      "the screen's heading",
    );
  });

  it("the crisis page still shows its lines", async () => {
    await breakStorage(journey.context);
    const crisis = new CrisisPage(journey.page);
    await crisis.open(journey.server.baseUrl);
    await expect(crisis.resources.count()).resolves.toBeGreaterThan(0);
    expect(await violations(journey.page)).toEqual([]);
  });

  it("a device whose storage works says nothing about it", async () => {
    const page = await signIn("/");
    await new CheckinPage(page).waitUntilToday();
    await expect(new DeviceStorageNotice(page).notice.count()).resolves.toBe(0);
  });
});

import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CirclePage } from "./pages/CirclePage.js";
import { PlanPage } from "./pages/PlanPage.js";
import { SharePage } from "./pages/SharePage.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * One screen's form for something new (a share card, an own activity, someone for the circle),
 * as these journeys use it: open it the way a person would, and type into one of its fields.
 */
interface NewThingForm {
  name: string;
  path: string;
  /** The form's heading or name, so its notice and field are found inside it. */
  form(page: Page): Locator;
  /** The field typed into. */
  field(page: Page): Locator;
  /**
   * Waits until the screen has settled which words it opens on, then opens the form if it did not
   * open on its own (a closed tab's words open it; nothing kept leaves it closed).
   */
  open(page: Page): Promise<void>;
}

const share: NewThingForm = {
  name: "a share card",
  path: "/share",
  form: (page) => new SharePage(page).newCardForm,
  field: (page) => new SharePage(page).forWhom,
  async open(page) {
    await new SharePage(page).waitUntilSettled();
  },
};

const activity: NewThingForm = {
  name: "an own activity",
  path: "/plan",
  form: (page) => new PlanPage(page).activities.form("Add your own activity"),
  field(page) {
    return this.form(page).getByLabel("Activity", { exact: true });
  },
  async open(page) {
    const activities = new PlanPage(page).activities;
    await activities.waitUntilSettled();
    // Words taken up open the section on them; otherwise it opens, and "Add your own", by hand.
    if (!(await this.form(page).isVisible())) {
      await activities.open();
      if (!(await this.form(page).isVisible())) {
        await page.getByRole("button", { name: "Add your own", exact: true }).click();
      }
    }
    await this.field(page).waitFor();
  },
};

const person: NewThingForm = {
  name: "someone for the circle",
  path: "/circle",
  form: (page) => new CirclePage(page).addForm,
  field(page) {
    return this.form(page).getByLabel("Name", { exact: true });
  },
  async open(page) {
    const circle = new CirclePage(page);
    await circle.waitUntilSettled();
    if (await circle.addButton.isVisible()) await circle.addButton.click();
    await this.field(page).waitFor();
  },
};

const MINE = "Priya from the allotment";
const OTHER = "Jonah, my brother";

/**
 * Two tabs writing something new on the same screen shared one draft: the last typed replaced
 * the other, and a tab reloaded by the phone came back with the other tab's words, its own gone.
 */
describe.skipIf(browserUnavailable())("something new written in two tabs", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  for (const screen of [share, activity, person]) {
    it(`${screen.name}: each tab keeps its own words, and a closed tab's are offered again`, async () => {
      const tabA = await signIn(screen.path);
      await screen.open(tabA);
      await screen.field(tabA).fill(MINE);

      // A second tab does not take over the words the first is still writing.
      const tabB = await journey.context.newPage();
      await openPage(tabB, `${journey.server.baseUrl}${screen.path}`);
      await screen.open(tabB);
      expect(await screen.form(tabB).locator(".draft-notice").count()).toBe(0);
      expect(await screen.field(tabB).inputValue()).toBe("");
      await screen.field(tabB).fill(OTHER);

      // The phone reloads tab A in the background: its own words, whole.
      await tabA.reload();
      await screen.open(tabA);
      expect(await screen.field(tabA).inputValue()).toBe(MINE);
      await tabB.close();

      // The closed tab's words are nobody's now: a tab opened later goes on with them.
      const tabC = await journey.context.newPage();
      await openPage(tabC, `${journey.server.baseUrl}${screen.path}`);
      await screen.open(tabC);
      await screen.form(tabC).locator(".draft-notice").waitFor();
      expect(await screen.field(tabC).inputValue()).toBe(OTHER);
      await tabC.close();
    });
  }

  it("an own activity: a duplicated tab neither draws the first tab's words nor takes them", async () => {
    const tabA = await signIn(activity.path);
    await activity.open(tabA);
    await activity.field(tabA).fill(MINE);

    // "Duplicate tab" copies the tab's sessionStorage as it stands, into a page of its own.
    const copied = await tabA.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
    const tabB = await journey.context.newPage();
    await tabB.addInitScript((entries: string) => {
      if (sessionStorage.length === 0) {
        for (const [key, value] of JSON.parse(entries) as [string, string][]) {
          sessionStorage.setItem(key, value);
        }
      }
      // Whether the new activity's form was ever drawn, however briefly.
      new MutationObserver((_, observer) => {
        if (document.querySelector('form[aria-label="Add your own activity"]')) {
          document.documentElement.dataset.addFormDrawn = "yes";
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    }, copied);
    await openPage(tabB, `${journey.server.baseUrl}${activity.path}`);
    await new PlanPage(tabB).activities.waitUntilSettled();
    // The copy drew the form open on the first tab's words, then closed it on its own empty draft.
    await expect(
      tabB.evaluate(() => document.documentElement.dataset.addFormDrawn ?? "no"),
    ).resolves.toBe("no");
    await activity.open(tabB);
    expect(await activity.field(tabB).inputValue()).toBe("");
    await activity.field(tabB).fill(OTHER);

    // Each tab's words are its own: the first, reloaded, goes on with its words, not the copy's.
    await tabA.reload();
    await activity.open(tabA);
    expect(await activity.field(tabA).inputValue()).toBe(MINE);
    // And again: the page put its draft's id back for the tab as it went, as the one before did.
    await tabA.reload();
    await activity.open(tabA);
    expect(await activity.field(tabA).inputValue()).toBe(MINE);
    await tabB.close();
  });
});

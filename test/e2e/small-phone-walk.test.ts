import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates/local-date.js";
import { sendAs, TODAY_WITH_TWO_CONNECTIONS } from "../support/four-months.js";
import { LONG_NAMED } from "../support/lived-in-account.js";
import { AppShell } from "./pages/AppShell.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { HelpSheet } from "./pages/HelpSheet.js";
import { browserUnavailable } from "./support/browser.js";
import { headerShare } from "./support/in-reach.js";
import { openPage, useJourney } from "./support/journey.js";
import { readTextAt } from "./support/large-text.js";
import { livedInSignIn } from "./support/lived-in-sign-in.js";

/** The narrowest phone WCAG's reflow asks for. */
const SMALL_PHONE = { width: 320, height: 640 };
/** The same phone turned sideways. */
const SIDEWAYS = { width: 640, height: 320 };
/** The most of the screen's height the header may keep covering while the page scrolls. */
const MOST_STUCK_SHARE = 0.25;

interface Screen {
  path: string;
  /** Words that show once the screen's own data has come, so it is measured full, not empty. */
  shows?: string;
  /** A button that opens a form in the page, pressed before measuring. */
  press?: string;
}

const SIGNED_OUT: Screen[] = [{ path: "/sign-in" }, { path: "/crisis" }, { path: "/support" }];

function signedInScreens(today: string): Screen[] {
  return [
    { path: "/" },
    { path: `/checkin/${addDays(today, -3)}` },
    { path: "/history" },
    { path: "/insights" },
    { path: "/check-ups" },
    { path: "/check-ups/phq9" },
    { path: "/check-ups/ucla3" },
    { path: "/plan", shows: "Water the balcony tomatoes" },
    { path: "/plan", shows: "Water the balcony tomatoes", press: "Add your own" },
    { path: "/circle", shows: LONG_NAMED.name },
    { path: "/circle", shows: LONG_NAMED.name, press: "Add someone" },
    { path: "/thoughts", shows: "fed up with me" },
    { path: "/thoughts/new" },
    { path: "/safety-plan", shows: "07700 900456" },
    { path: "/safety-plan", shows: "07700 900456", press: "Edit my safety plan" },
    { path: "/learn" },
    { path: "/learn/cycle" },
    { path: "/share", shows: "Texts welcome" },
    { path: "/your-data" },
    { path: "/crisis" },
  ];
}

/**
 * What would make someone scroll sideways, or lose the way to help: the page wider than the
 * screen, and "Get help now" in the header not wholly on screen. Every fold in the page is opened
 * first, as someone reading it all would.
 */
async function whatBreaks(page: Page, screen: Screen): Promise<string[]> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  if (screen.shows) await page.getByText(screen.shows).first().waitFor();
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    for (const fold of document.querySelectorAll("main details")) fold.setAttribute("open", "");
  });
  if (screen.press) await page.getByRole("button", { name: screen.press }).first().click();
  await page.waitForLoadState("networkidle");
  const where = screen.press ? `${screen.path} (${screen.press})` : screen.path;
  return page.evaluate((path) => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      found.push(
        `${path}: the page is ${root.scrollWidth}px wide on a ${root.clientWidth}px screen`,
      );
    }
    const help = Array.from(document.querySelectorAll("header a")).find(
      (link) => link.textContent?.trim() === "Get help now",
    );
    if (help) {
      const box = help.getBoundingClientRect();
      if (box.left < 0 || box.right > root.clientWidth || box.top < 0) {
        found.push(`${path}: "Get help now" is at ${box.left}..${box.right}, top ${box.top}`);
      }
    } else if (!path.startsWith("/crisis")) {
      found.push(`${path}: no "Get help now" in the header`);
    }
    return found;
  }, where);
}

/** Every item under "More" ("Menu" with large text) wholly on screen once it is open. */
async function menuOffScreen(page: Page): Promise<string[]> {
  const shell = new AppShell(page);
  await shell.menuButton.click();
  await shell.historyLink.waitFor();
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll(".nav-more-list a, .nav-more-list button"))
      .map((item) => ({ name: item.textContent?.trim(), box: item.getBoundingClientRect() }))
      .filter(({ box }) => box.left < 0 || box.right > width)
      .map(({ name, box }) => `"${name}" is at ${Math.round(box.left)}..${Math.round(box.right)}`);
  });
}

/**
 * A tired person on a 320 px phone, four months in: every screen with their own data in it, at
 * the usual text size and at 200%. The weeks table in the cycle lesson took the page sideways at
 * 320 px; at 200% so did the circle's cards, a check-up's question, the check-in's scale ends, the
 * crisis page's header and headings, and the "More" menu ran off the screen's left edge.
 */
describe.skipIf(browserUnavailable())("a lived-in account on a 320 px phone", () => {
  const journey = useJourney({ locale: "en-GB", viewport: SMALL_PHONE, reducedMotion: "reduce" });
  const signedIn = livedInSignIn(journey);

  async function walk(): Promise<string[]> {
    const { page, server } = journey;
    const found: string[] = [];
    for (const screen of SIGNED_OUT) {
      await openPage(page, `${server.baseUrl}${screen.path}`);
      found.push(...(await whatBreaks(page, screen)));
    }
    const { today } = await signedIn();
    for (const screen of signedInScreens(today)) {
      await openPage(page, `${server.baseUrl}${screen.path}`);
      found.push(...(await whatBreaks(page, screen)));
    }
    await openPage(page, server.baseUrl);
    await page.getByRole("heading", { level: 1 }).waitFor();
    found.push(...(await menuOffScreen(page)));
    return found;
  }

  it("never scrolls sideways, and keeps help and the menu on screen", async () => {
    expect(await walk()).toEqual([]);
  }, 120_000);

  it("does the same with the text at 200%", async () => {
    await readTextAt(journey.page, 200);
    expect(await walk()).toEqual([]);
  }, 120_000);

  // At 200% the help links each took a row, and all of them stayed: 38% of the screen upright,
  // and turned sideways the whole of it, so the page could not be read under the header.
  it("at 200%, keeps help on screen while scrolling under a header of at most a quarter of it, upright and sideways", async () => {
    const { page, server } = journey;
    await readTextAt(page, 200);
    const { today } = await signedIn();
    const found: string[] = [];
    for (const viewport of [SMALL_PHONE, SIDEWAYS]) {
      await page.setViewportSize(viewport);
      for (const path of [`/checkin/${addDays(today, -3)}`, "/safety-plan"]) {
        await openPage(page, `${server.baseUrl}${path}`);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await page.waitForLoadState("networkidle");
        await page.evaluate(() => {
          for (const fold of document.querySelectorAll("main details"))
            fold.setAttribute("open", "");
          window.scrollTo(0, document.documentElement.scrollHeight);
        });
        const where = `${path} at ${viewport.width}x${viewport.height}`;
        const scrolled = await page.evaluate(() => window.scrollY);
        if (scrolled < viewport.height) found.push(`${where}: scrolled only ${scrolled}px`);
        const share = await headerShare(page);
        if (share > MOST_STUCK_SHARE) {
          found.push(`${where}: the header covers ${Math.round(share * 100)}% of the screen`);
        }
        const shell = new AppShell(page);
        const help = await shell.helpLink.evaluate((link) => {
          const box = link.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        });
        if (!help) found.push(`${where}: "Get help now" is off the screen`);
        // The rows that scrolled away come back while the keyboard is on them (WCAG 2.4.11).
        await shell.helpLink.focus();
        await page.keyboard.press("Shift+Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement;
          const box = element?.getBoundingClientRect();
          const onScreen = box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
          return { name: element?.textContent?.trim(), onScreen };
        });
        if (!focused.onScreen)
          found.push(`${where}: "${focused.name}", focused, is off the screen`);
      }
    }
    expect(found).toEqual([]);
  });

  it("keeps the help sheet's Close on screen at 200%, over a heavy day's check-in", async () => {
    const { page, server } = journey;
    await readTextAt(page, 200);
    const { today } = await signedIn();
    await openPage(page, `${server.baseUrl}/checkin/${addDays(today, -2)}`);
    const checkin = new CheckinPage(page);
    await checkin.pick("Mood", 1);
    await checkin.openMore();
    await checkin.note.fill(
      "Honestly I can't go on like this, everyone would be better off without me.",
    );
    await checkin.crisisCard.waitFor();
    const sheet = new HelpSheet(page);
    const offScreen = () =>
      sheet.dialog.evaluate((dialog) => {
        const found: string[] = [];
        if (dialog.scrollWidth > dialog.clientWidth) {
          found.push(`the sheet is ${dialog.scrollWidth}px wide in ${dialog.clientWidth}px`);
        }
        const close = Array.from(dialog.querySelectorAll("button")).find(
          (button) => button.textContent?.trim() === "Close",
        );
        const box = close?.getBoundingClientRect();
        if (!box || box.left < 0 || box.right > document.documentElement.clientWidth) {
          found.push(`Close is at ${box?.left}..${box?.right}`);
        }
        return found;
      });
    for (const [link, title] of [
      ["See all help lines", "People you can reach now"],
      ["Open your safety plan", "Your safety plan"],
    ] as const) {
      await checkin.crisisCard.getByRole("link", { name: link }).click();
      await sheet.waitUntilOpen(title);
      expect(await offScreen(), title).toEqual([]);
      await sheet.closeButton.click();
      await sheet.waitUntilClosed();
    }
  });

  // A thought typed with no spaces made /thoughts 1,521 px wide (its link is a flex box, which
  // is never narrower than its longest word), and a neighbour's long name in a check-in ran
  // "Add …" off the circle's edge: whatever a person writes wraps inside the screen.
  it("keeps a person's words with no spaces in them inside the screen, at the usual size and at 200%", async () => {
    const { page, server } = journey;
    const { today, cookie } = await signedIn();
    const send = sendAs(server.baseUrl, cookie);
    const thought = "whyisitalwaysme".repeat(6);
    await send("POST", "/api/thoughts", { thought });
    const neighbour = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwaren".slice(0, 50);
    await send("PUT", `/api/checkins/${addDays(today, -1)}`, {
      ...TODAY_WITH_TWO_CONNECTIONS,
      connections: [{ name: neighbour, mode: "in-person", felt: 1 }],
    });
    const screens: Screen[] = [
      { path: "/thoughts", shows: thought },
      { path: "/circle", shows: `Add ${neighbour}` },
    ];
    const found: string[] = [];
    for (const size of [100, 200]) {
      if (size !== 100) await readTextAt(page, size);
      for (const screen of screens) {
        await openPage(page, `${server.baseUrl}${screen.path}`);
        found.push(...(await whatBreaks(page, screen)).map((broke) => `${size}%: ${broke}`));
      }
    }
    expect(found).toEqual([]);
  });
});

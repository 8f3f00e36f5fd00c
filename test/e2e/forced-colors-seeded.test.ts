import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LONG_NAMED } from "../support/lived-in-account.js";
import { AppShell } from "./pages/AppShell.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { HelpSheet } from "./pages/HelpSheet.js";
import { violationsAt } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { describeFocus } from "./support/focus.js";
import { openPage, useJourney } from "./support/journey.js";
import { livedInSignIn } from "./support/lived-in-sign-in.js";

/**
 * How the page is drawn. Forced colours are Windows High Contrast (and the like): the system
 * swaps every colour for a few of its own, drops backgrounds' tints and shadows, and keeps only
 * what a border, an outline or words say. Chromium's light palette is black on white; its dark
 * one white on black.
 */
interface Mode {
  name: string;
  forcedColors: "active" | "none";
  colorScheme: "light" | "dark";
}

const FORCED_LIGHT: Mode = {
  name: "forced colours, light",
  forcedColors: "active",
  colorScheme: "light",
};
const FORCED_DARK: Mode = {
  name: "forced colours, dark",
  forcedColors: "active",
  colorScheme: "dark",
};
const LIGHT: Mode = { name: "light", forcedColors: "none", colorScheme: "light" };
const DARK: Mode = { name: "dark", forcedColors: "none", colorScheme: "dark" };

interface Screen {
  name: string;
  path: string;
  /** Words, or an element, that show once the screen's own data has come. */
  shows?: string;
  ready?: string;
  /** Opens what is checked over the screen (a record, the help sheet, an error). */
  open?: (page: Page) => Promise<void>;
}

const SCREENS: Screen[] = [
  {
    name: "check-in",
    path: "/",
    open: async (page) => {
      await new CheckinPage(page).answersArrived();
    },
  },
  {
    name: "the help sheet over the check-in",
    path: "/",
    open: async (page) => {
      const checkin = new CheckinPage(page);
      await checkin.answersArrived();
      await page.evaluate(() => {
        for (const fold of document.querySelectorAll("main details")) fold.setAttribute("open", "");
      });
      await checkin.note.fill("I can't go on like this, everyone would be better off without me.");
      await checkin.crisisCard.getByRole("link", { name: "See all help lines" }).click();
      await new HelpSheet(page).waitUntilOpen("People you can reach now");
    },
  },
  {
    name: 'the help page from "Get help now"',
    path: "/plan",
    open: async (page) => {
      await Promise.all([page.waitForURL(/\/crisis/), new AppShell(page).helpLink.click()]);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
    },
  },
  { name: "plan", path: "/plan", shows: "Water the balcony tomatoes" },
  {
    name: "a thought record open",
    path: "/thoughts",
    shows: "fed up with me",
    open: async (page) => {
      await page.locator(".thought-list li").first().getByRole("link").first().click();
      await page.waitForURL(/\/thoughts\/[^/]+$/);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
    },
  },
  { name: "history", path: "/history", ready: "figure.chart svg" },
  { name: "insights", path: "/insights", ready: "figure.chart svg" },
  { name: "circle", path: "/circle", shows: LONG_NAMED.name },
  { name: "safety plan", path: "/safety-plan", shows: "07700 900456" },
  {
    name: "a check-up's error",
    path: "/check-ups/phq9",
    open: async (page) => {
      await page.getByRole("button", { name: "Next", exact: true }).click();
      await page.locator(".form-error").waitFor();
    },
  },
];

async function show(page: Page, mode: Mode): Promise<void> {
  await page.emulateMedia({ forcedColors: mode.forcedColors, colorScheme: mode.colorScheme });
}

async function reach(page: Page, baseUrl: string, screen: Screen): Promise<void> {
  await openPage(page, `${baseUrl}${screen.path}`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  if (screen.shows) await page.getByText(screen.shows).first().waitFor();
  if (screen.ready) await page.locator(screen.ready).first().waitFor();
  await screen.open?.(page);
  await page.waitForLoadState("networkidle");
}

/**
 * Everything axe finds wrong, one line each. In forced colours its contrast rule is left out: it
 * reads a text's colour from `-webkit-text-fill-color`, which Chromium leaves at the page's own
 * colour while it paints the text in the system's (seen: "Get help now" measured #1a0d05 on
 * black, painted yellow). Forced colours are the system's to choose; the page's own colours are
 * measured in light and dark by the other axe journeys.
 */
function axeProblems(page: Page, where: string, mode: Mode): Promise<string[]> {
  return violationsAt(page, where, mode.forcedColors === "active" ? ["color-contrast"] : []);
}

/**
 * Whether what has keyboard focus shows it: an outline of some width on the control itself, or,
 * for a radio drawn unseen over its number or words, on what is drawn for it. Anything hidden
 * (opacity 0, visibility hidden) shows nothing, whatever its outline.
 */
async function focusShows(page: Page): Promise<boolean | "nothing focused"> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) return "nothing focused";
    const candidates = [focused, focused.nextElementSibling].filter(
      (element): element is Element => element !== null,
    );
    return candidates.some((element) => {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        return false;
      const style = getComputedStyle(element);
      return style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    });
  });
}

/**
 * Tabs through every control of the screen (within a page's worth of presses), one line for each
 * that shows no sign of having focus.
 */
async function unseenFocus(page: Page, where: string): Promise<string[]> {
  // From the top of the screen, or from where an open sheet put focus: Tab then walks all of it.
  await page.evaluate(() => {
    if (document.querySelector("dialog[open]") === null)
      (document.activeElement as HTMLElement | null)?.blur();
  });
  const unseen: string[] = [];
  const seen = new Set<string>();
  let pastTheEnd = 0;
  for (let presses = 0; presses < 150; presses += 1) {
    await page.keyboard.press("Tab");
    const shows = await focusShows(page);
    // Past the last control focus leaves the page; the next Tab comes back in at the first.
    if (shows === "nothing focused") {
      pastTheEnd += 1;
      if (pastTheEnd > 1) break;
      continue;
    }
    // A control met again means the whole screen has been walked.
    const key = await page.evaluate(() => {
      const path: number[] = [];
      for (let node = document.activeElement; node?.parentElement; node = node.parentElement)
        path.push([...node.parentElement.children].indexOf(node));
      return path.join(".");
    });
    if (seen.has(key)) break;
    seen.add(key);
    if (!shows) unseen.push(`${where}: ${await describeFocus(page)}`);
  }
  // A walk that met almost nothing checked nothing: say so rather than pass.
  if (seen.size < 5) unseen.push(`${where}: only ${seen.size} controls reached by Tab`);
  return unseen;
}

/** What a chart draws its data with: lines, points, bars, ranges, the cycle map's boxes and arrows. */
const CHART_MARKS = [
  ".chart-line",
  ".chart-marker-mood",
  ".chart-marker-energy",
  ".chart-bar",
  ".insights-range",
  ".insights-node",
  ".insights-arrow",
  ".insights-arrowhead",
].join(", ");

/**
 * Every mark in the screen's charts whose colour stands at less than 3:1 against the page as
 * drawn (WCAG 1.4.11), one line each. A mark is seen by its stroke where it has one, else its fill.
 */
async function faintMarks(page: Page, where: string): Promise<string[]> {
  const marks = await page.evaluate((selector) => {
    const probe = document.createElement("div");
    probe.style.backgroundColor = "Canvas";
    document.body.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...document.querySelectorAll(`figure.chart ${selector}`)].map((mark) => {
      const style = getComputedStyle(mark);
      const stroked = style.stroke !== "none" && Number.parseFloat(style.strokeWidth) > 0;
      return {
        what: `${mark.tagName.toLowerCase()}.${[...mark.classList].join(".")}`,
        colour: stroked ? style.stroke : style.fill,
        canvas,
      };
    });
  }, CHART_MARKS);
  if (marks.length === 0) return [`${where}: no chart drawn to look at`];
  const faint = new Set<string>();
  for (const mark of marks) {
    const ratio = contrast(mark.colour, mark.canvas);
    if (ratio < 3)
      faint.add(`${where}: ${mark.what} ${mark.colour} on ${mark.canvas} is ${ratio.toFixed(2)}:1`);
  }
  return [...faint];
}

function channels(colour: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * How a choice is drawn, in what forced colours keep: background, border, outline and text
 * colour, not the weight of its words, which alone is no sign of being chosen.
 */
async function drawn(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return [
        style.backgroundColor,
        style.color,
        style.borderTopColor,
        style.borderTopStyle,
        style.borderTopWidth,
        style.outlineStyle,
      ].join(" ");
    });
}

describe.skipIf(browserUnavailable())("a lived-in account in forced colours", () => {
  const journey = useJourney({
    locale: "en-GB",
    viewport: { width: 360, height: 740 },
    // Colours measured as they are, not halfway through a transition.
    reducedMotion: "reduce",
  });
  const signedIn = livedInSignIn(journey);

  /** Signs in, shows the pages in `mode`, and answers what `look` finds on each of `screens`. */
  async function foundOn(
    mode: Mode,
    screens: Screen[],
    look: (page: Page, where: string) => Promise<string[]>,
  ): Promise<string[]> {
    const { page, server } = journey;
    await signedIn();
    await show(page, mode);
    const found: string[] = [];
    for (const screen of screens) {
      await reach(page, server.baseUrl, screen);
      found.push(...(await look(page, `${mode.name}, ${screen.name}`)));
    }
    return found;
  }

  for (const mode of [FORCED_LIGHT, FORCED_DARK]) {
    it(`${mode.name}: every screen passes axe and shows where focus is`, async () => {
      const found = await foundOn(mode, SCREENS, async (page, where) => [
        ...(await axeProblems(page, where, mode)),
        ...(await unseenFocus(page, where)),
      ]);
      expect(found).toEqual([]);
      // The first also fills the account, which takes a minute on a loaded machine.
    }, 400_000);
  }

  for (const mode of [LIGHT, DARK]) {
    it(`${mode.name}: every control shows where focus is`, async () => {
      expect(await foundOn(mode, SCREENS, unseenFocus)).toEqual([]);
    }, 400_000);
  }
  for (const mode of [FORCED_LIGHT, FORCED_DARK]) {
    it(`${mode.name}: the charts' lines, points and bars stay in sight`, async () => {
      const charts = SCREENS.filter((s) => s.ready === "figure.chart svg");
      expect(await foundOn(mode, charts, faintMarks)).toEqual([]);
    }, 400_000);

    it(`${mode.name}: "Get help now" and links drawn as buttons keep their edge`, async () => {
      const { page, server } = journey;
      await signedIn();
      await show(page, mode);
      await reach(page, server.baseUrl, {
        name: "plan",
        path: "/plan",
        shows: "Water the balcony tomatoes",
      });
      // Drawn by their fill alone, they lose it to forced colours and read as loose words.
      const edgeless = await page.locator(".help-link, .button-link").evaluateAll((links) =>
        links
          .filter((link) => {
            const style = getComputedStyle(link);
            return style.borderTopStyle === "none" || Number.parseFloat(style.borderTopWidth) === 0;
          })
          .map((link) => `${link.className}: ${link.textContent?.trim()}`),
      );
      expect(edgeless).toEqual([]);
    }, 400_000);

    it(`${mode.name}: a chosen mood and a chosen energy look chosen`, async () => {
      const { page, server } = journey;
      await signedIn();
      await show(page, mode);
      await reach(page, server.baseUrl, SCREENS[0] as Screen);
      const checkin = new CheckinPage(page);
      await checkin.pick("Mood", 6);
      const mood = ".scale-point input:checked + span";
      const notMood = ".scale-point input:not(:checked) + span";
      expect(await drawn(page, mood), "a chosen mood").not.toBe(await drawn(page, notMood));

      await reach(page, server.baseUrl, {
        name: "plan",
        path: "/plan",
        shows: "Water the balcony tomatoes",
      });
      await page.locator(".energy-picker .choice input").first().check();
      const energy = ".energy-picker .choice input:checked + .choice-text";
      const notEnergy = ".energy-picker .choice input:not(:checked) + .choice-text";
      expect(await drawn(page, energy), "a chosen energy").not.toBe(await drawn(page, notEnergy));
    }, 400_000);
  }
});

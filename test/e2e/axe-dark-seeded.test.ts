import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDays, localDateOf } from "../../src/core/dates/local-date.js";
import { LONG_NAMED } from "../support/lived-in-account.js";
import { AppShell } from "./pages/AppShell.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { HelpSheet } from "./pages/HelpSheet.js";
import { violationsAt } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage, useJourney } from "./support/journey.js";
import { livedInSignIn } from "./support/lived-in-sign-in.js";

/** A screen's state: how to reach it from the screen as first drawn, and what shows once there. */
interface State {
  name: string;
  reach: (page: Page) => Promise<void>;
}

interface Screen {
  path: string;
  /** Words that show once the screen's own data has come, so it is checked full, not empty. */
  shows?: string;
  /** States opened one after another over the screen, each checked in turn. */
  states?: State[];
}

async function press(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name, exact: true }).first().click();
}

/** Every signed-in screen of a person four months in, with what opens over each. */
function signedInScreens(today: string): Screen[] {
  return [
    {
      path: "/",
      states: [
        {
          name: "more about the day open",
          reach: async (page) => {
            const checkin = new CheckinPage(page);
            await checkin.answersArrived();
            await page.evaluate(() => {
              for (const fold of document.querySelectorAll("main details"))
                fold.setAttribute("open", "");
            });
          },
        },
        {
          name: "the note focused",
          reach: async (page) => {
            await new CheckinPage(page).note.focus();
          },
        },
        {
          name: "a note with crisis words, and its card",
          reach: async (page) => {
            const checkin = new CheckinPage(page);
            await checkin.note.fill(
              "I can't go on like this, everyone would be better off without me.",
            );
            await checkin.crisisCard.waitFor();
          },
        },
        {
          name: "the help sheet over it",
          reach: async (page) => {
            const checkin = new CheckinPage(page);
            await checkin.crisisCard.getByRole("link", { name: "See all help lines" }).click();
            await new HelpSheet(page).waitUntilOpen("People you can reach now");
          },
        },
      ],
    },
    {
      path: `/checkin/${addDays(today, -3)}`,
      states: [
        {
          name: "the More menu open",
          reach: async (page) => {
            const shell = new AppShell(page);
            await shell.reveal(shell.historyLink);
          },
        },
      ],
    },
    { path: "/history" },
    { path: `/history/${today.slice(0, 7)}` },
    { path: "/insights" },
    { path: "/check-ups" },
    {
      path: "/check-ups/phq9",
      states: [
        {
          name: "next with nothing answered",
          reach: async (page) => {
            await press(page, "Next");
            await page.locator(".form-error").waitFor();
          },
        },
      ],
    },
    { path: "/check-ups/ucla3" },
    {
      path: "/plan",
      shows: "Water the balcony tomatoes",
      states: [
        {
          name: "your activities open, add your own with nothing in it",
          reach: async (page) => {
            await page.evaluate(() => {
              for (const fold of document.querySelectorAll("main details"))
                fold.setAttribute("open", "");
            });
            await page.locator("#activities-add:not([aria-busy='true'])").waitFor();
            await press(page, "Add your own");
            const form = page.getByRole("form", { name: "Add your own activity" });
            await form.getByLabel("Activity", { exact: true }).fill("");
            await form.getByRole("button", { name: "Save" }).click();
            await form.locator("[id$=-error], .field-error, [role=alert]").first().waitFor();
          },
        },
      ],
    },
    {
      path: "/circle",
      shows: LONG_NAMED.name,
      states: [
        {
          name: "add someone with no name",
          reach: async (page) => {
            await page.locator("#circle-add-someone:not([aria-busy='true'])").waitFor();
            await press(page, "Add someone");
            const form = page.getByRole("form", { name: "Add someone" });
            await form.getByRole("button", { name: "Save" }).click();
            await form.locator("[id$=-error], .field-error, [role=alert]").first().waitFor();
          },
        },
      ],
    },
    { path: "/thoughts", shows: "fed up with me" },
    {
      path: "/thoughts/new",
      states: [
        {
          name: "a thought with trap suggestions",
          reach: async (page) => {
            await press(page, "Next");
            const thought = page.getByLabel("The thought", { exact: true });
            await thought.fill("She thinks I'm boring and I always ruin everything.");
            const panel = page.getByRole("region", {
              name: "Thinking traps this thought might fit",
            });
            await panel.locator(".trap-card").first().waitFor();
            await panel.getByRole("button", { name: "Keep Mind reading" }).click();
          },
        },
      ],
    },
    {
      path: "/safety-plan",
      shows: "07700 900456",
      states: [
        {
          name: "editing",
          reach: async (page) => {
            await press(page, "Edit my safety plan");
            await page.getByRole("button", { name: "Save" }).first().waitFor();
          },
        },
      ],
    },
    { path: "/learn" },
    { path: "/learn/cycle" },
    {
      path: "/share",
      shows: "Texts welcome",
      states: [
        {
          name: "make the link with nothing chosen",
          reach: async (page) => {
            await press(page, "Make the link");
            await page.getByText("Choose how your energy is this week.").waitFor();
          },
        },
      ],
    },
    { path: "/your-data" },
    { path: "/admin" },
    { path: "/crisis" },
  ];
}

const SIGNED_OUT: Screen[] = [{ path: "/sign-in" }, { path: "/crisis" }, { path: "/support" }];

async function settle(page: Page, screen: Screen): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  if (screen.shows) await page.getByText(screen.shows).first().waitFor();
  await page.waitForLoadState("networkidle");
}

/**
 * Someone four months in, with their phone set to dark: every screen with their own data in it,
 * and what opens over it (the More menu, a crisis card and the help sheet, trap suggestions, a
 * form's error, a focused field), checked by axe. The dark tokens were only ever checked on
 * nearly empty screens; a screen's filled state draws the colours an empty one never uses.
 */
describe.skipIf(browserUnavailable())("a lived-in account in dark mode passes axe", () => {
  const options: BrowserContextOptions = {
    locale: "en-GB",
    viewport: { width: 360, height: 740 },
    colorScheme: "dark",
    // Axe measures colours as they are, not halfway through a transition.
    reducedMotion: "reduce",
  };
  const journey = useJourney(options);
  const signedIn = livedInSignIn(journey);

  async function check(screen: Screen, signIn: boolean): Promise<string[]> {
    const { page, server } = journey;
    if (signIn) await signedIn();
    await openPage(page, `${server.baseUrl}${screen.path}`);
    await settle(page, screen);
    const found = await violationsAt(page, screen.path);
    for (const state of screen.states ?? []) {
      await state.reach(page);
      await page.waitForLoadState("networkidle");
      found.push(...(await violationsAt(page, `${screen.path} (${state.name})`)));
    }
    return found;
  }

  for (const screen of SIGNED_OUT) {
    it(`signed out: ${screen.path}`, async () => {
      expect(await check(screen, false)).toEqual([]);
    }, 60_000);
  }

  for (const screen of signedInScreens(localDateOf(new Date()))) {
    it(`signed in: ${screen.path}`, async () => {
      expect(await check(screen, true)).toEqual([]);
      // The first also fills the account, which takes a minute on a loaded machine.
    }, 240_000);
  }
});

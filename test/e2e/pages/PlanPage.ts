import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

/** A 0–10 rating inside `scope`, by its question. */
function rating(scope: Locator | Page, legend: string, value: number): Locator {
  return scope
    .getByRole("radiogroup", { name: legend, exact: true })
    .getByRole("radio", { name: String(value), exact: true });
}

/** Plan: energy, three suggestions, the week plan, anchors and the calendar. */
export class PlanPage extends AppShell {
  readonly suggestions: Locator;
  readonly plan: Locator;

  readonly activities: ActivitiesSection;

  constructor(page: Page) {
    super(page);
    this.activities = new ActivitiesSection(page);
    this.suggestions = page.getByRole("list", { name: "Suggestions" }).getByRole("listitem");
    this.plan = page.getByRole("list", { name: "Your plan" }).getByRole("listitem");
  }

  get planLink(): Locator {
    return this.nav.getByRole("link", { name: "Plan", exact: true });
  }

  get circleLink(): Locator {
    return this.nav.getByRole("link", { name: "Circle", exact: true });
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("Plan a small step");
    await this.page.getByText("Finding ideas…").waitFor({ state: "detached" });
    await this.page.getByText("Getting your plan…").waitFor({ state: "detached" });
  }

  async chooseEnergy(level: "Low" | "Some" | "Okay"): Promise<void> {
    await this.page
      .getByRole("group", { name: "How much energy do you have?" })
      .getByRole("radio", { name: new RegExp(`^${level}:`) })
      .check();
  }

  /** Plans a suggestion for today, sometime, with a guess of how much it will be enjoyed. */
  async planSuggestion(title: string, predicted: number): Promise<void> {
    await this.page.getByRole("button", { name: `Plan this: ${title}` }).click();
    const form = this.page.getByRole("form", { name: `Plan: ${title}` });
    await rating(form, "How much do you think you'll enjoy it?", predicted).check();
    await form.getByRole("button", { name: "Add to my plan" }).click();
  }

  /** The form that plans `title`, open under today's ideas. */
  planForm(title: string): Locator {
    return this.page.getByRole("form", { name: `Plan: ${title}` });
  }

  /** The form's own send button, whatever it says while the step is on its way. */
  addButton(form: Locator): Locator {
    return form.locator('button[type="submit"]');
  }

  /** Opens the form for a suggestion and picks a guess, leaving it to be sent. */
  async startPlanning(title: string, predicted: number): Promise<Locator> {
    await this.page.getByRole("button", { name: `Plan this: ${title}` }).click();
    const form = this.planForm(title);
    await rating(form, "How much do you think you'll enjoy it?", predicted).check();
    return form;
  }

  /** Plans today's first idea and waits until the week holds it; says which idea it was. */
  async planFirstSuggestion(predicted: number): Promise<string> {
    await this.waitUntilShown();
    const title = (await this.suggestions.first().getByRole("heading").textContent()) ?? "";
    await this.planSuggestion(title, predicted);
    await this.plan.filter({ hasText: title }).waitFor();
    return title;
  }

  /** Opens "How it went" for a planned step and rates it, leaving it to be saved. */
  async startRating(title: string, enjoyment: number, achievement: number): Promise<Locator> {
    await this.page.getByRole("button", { name: `I did it: ${title}` }).click();
    const form = this.page.getByRole("form", { name: `How it went: ${title}` });
    await rating(form, "How much did you enjoy it?", enjoyment).check();
    await rating(form, "How much did it feel like an achievement?", achievement).check();
    return form;
  }

  async markDone(title: string, enjoyment: number, achievement: number): Promise<void> {
    const form = await this.startRating(title, enjoyment, achievement);
    await form.getByRole("button", { name: "Save" }).click();
  }
}

/** What the "Add your own" form asks, in the words a person would pick on screen. */
export interface OwnActivity {
  title: string;
  /** The first letters of an option, typed into the closed select as a keyboard user would. */
  area: "Connection" | "Enjoyment" | "Achievement" | "Body";
  effort: "Tiny" | "Small" | "Bigger";
  minutes: number;
  social: boolean;
  firstStep: string;
}

/** "Your activities" on the Plan screen: a disclosure with lists by area, Hidden and a form. */
export class ActivitiesSection {
  readonly summary: Locator;
  readonly status: Locator;
  readonly hidden: Locator;

  constructor(readonly page: Page) {
    const section = page.getByRole("region", { name: "Your activities" });
    this.summary = section.locator("summary");
    this.status = section.getByRole("status");
    this.hidden = section.getByRole("list", { name: "Hidden" }).getByRole("listitem");
  }

  /** The activities listed under one area heading. */
  area(name: string): Locator {
    return this.page
      .getByRole("region", { name: "Your activities" })
      .getByRole("list", { name, exact: true })
      .getByRole("listitem");
  }

  form(name: string): Locator {
    return this.page.getByRole("form", { name });
  }

  /** Presses Tab and insists focus landed on `target`, so a journey proves the tab order too. */
  async tabTo(target: Locator): Promise<void> {
    await this.page.keyboard.press("Tab");
    await this.expectFocused(target);
  }

  async expectFocused(target: Locator): Promise<void> {
    await target.waitFor();
    const focused = await target.evaluate((element) => element === document.activeElement);
    if (!focused) {
      const label = await this.page.evaluate(
        () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.id,
      );
      throw new Error(`Focus is on "${label ?? "nothing"}", not the expected control.`);
    }
  }

  /** Focuses a control and presses a key on it: a keyboard user's click. */
  async press(target: Locator, key = "Enter"): Promise<void> {
    await target.focus();
    await this.page.keyboard.press(key);
  }

  async open(): Promise<void> {
    await this.press(this.summary);
    await this.page.getByText("Getting your activities…").waitFor({ state: "detached" });
  }

  /**
   * Until the section knows which words its add form opens on (this tab's own, a closed tab's, or
   * none): "Add your own" is busy until then, or the form has opened on a draft.
   */
  async waitUntilSettled(): Promise<void> {
    await this.page
      .locator("#activities-add:not([aria-busy='true'])")
      .or(this.form("Add your own activity"))
      .waitFor({ state: "attached" });
  }

  /** Opens "Add your own" and fills it in with the keyboard alone, without saving. */
  async startOwn(activity: OwnActivity): Promise<Locator> {
    await this.waitUntilSettled();
    await this.press(this.page.getByRole("button", { name: "Add your own", exact: true }));
    const form = this.form("Add your own activity");
    await this.fill(form, activity);
    return form;
  }

  /** Types over each field in tab order; the form focuses its first field when it opens. */
  async fill(form: Locator, activity: OwnActivity): Promise<void> {
    const keyboard = this.page.keyboard;
    const title = form.getByLabel("Activity", { exact: true });
    await this.expectFocused(title);
    await keyboard.press("ControlOrMeta+A");
    await keyboard.type(activity.title);
    await this.tabTo(form.getByLabel("Area", { exact: true }));
    await keyboard.type(activity.area);
    await this.tabTo(form.getByLabel("Effort", { exact: true }));
    await keyboard.type(activity.effort);
    await this.tabTo(form.getByLabel("Minutes", { exact: true }));
    await keyboard.press("ControlOrMeta+A");
    await keyboard.type(String(activity.minutes));
    const social = form.getByRole("checkbox", { name: "It's with someone else" });
    await this.tabTo(social);
    if ((await social.isChecked()) !== activity.social) await keyboard.press("Space");
    await this.tabTo(form.getByLabel("A tiny first step", { exact: true }));
    await keyboard.press("ControlOrMeta+A");
    await keyboard.type(activity.firstStep);
  }

  /** Saves the form the keyboard is in, as Enter in a text field does. */
  async submit(): Promise<void> {
    await this.page.keyboard.press("Enter");
  }

  /** Changes one of your own activities with the keyboard and saves it. */
  async edit(currentTitle: string, activity: OwnActivity): Promise<void> {
    await this.press(this.page.getByRole("button", { name: `Edit: ${currentTitle}` }));
    await this.fill(this.form(`Edit: ${currentTitle}`), activity);
    await this.submit();
  }

  hideButton(title: string): Locator {
    return this.page.getByRole("button", { name: `Hide: ${title}`, exact: true });
  }

  showButton(title: string): Locator {
    return this.page.getByRole("button", { name: `Show: ${title}`, exact: true });
  }
}

/** Circle: the people who matter and a gentle next step for each. */
export class CirclePage extends AppShell {
  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("Your circle");
  }

  async addPerson(name: string, relationship: string): Promise<void> {
    await this.page.getByRole("button", { name: "Add someone" }).click();
    const form = this.page.getByRole("form", { name: "Add someone" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("How you know them (optional)").fill(relationship);
    await form.getByRole("button", { name: "Save" }).click();
  }

  drafts(name: string): Locator {
    return this.page.getByRole("list", { name: `Message ideas for ${name}` }).getByRole("listitem");
  }
}

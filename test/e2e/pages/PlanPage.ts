import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

/** A 0–10 rating inside `scope`, by its question. */
function rating(scope: Locator | Page, legend: string, value: number): Locator {
  return scope
    .getByRole("group", { name: legend })
    .getByRole("radio", { name: String(value), exact: true });
}

/** Plan: energy, three suggestions, the week plan, anchors and the calendar. */
export class PlanPage extends AppShell {
  readonly suggestions: Locator;
  readonly plan: Locator;

  constructor(page: Page) {
    super(page);
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

  async markDone(title: string, enjoyment: number, achievement: number): Promise<void> {
    await this.page.getByRole("button", { name: `I did it: ${title}` }).click();
    const form = this.page.getByRole("form", { name: `How it went: ${title}` });
    await rating(form, "How much did you enjoy it?", enjoyment).check();
    await rating(form, "How much did it feel like an achievement?", achievement).check();
    await form.getByRole("button", { name: "Save" }).click();
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

import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

/** Learn: the list of short lessons, each its own page. */
export class LearnPage extends AppShell {
  readonly lessonLinks: Locator;

  constructor(page: Page) {
    super(page);
    this.lessonLinks = page.locator("main a.lesson-link");
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("Learn");
    await this.lessonLinks.first().waitFor();
  }

  /** Every lesson's address in the app, in the order the list gives them. */
  async lessonPaths(): Promise<string[]> {
    const paths = await this.lessonLinks.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    // The guide for supporters is listed too, but it is the server's own page, not a lesson.
    return paths.filter((path) => path.startsWith("/learn/"));
  }
}

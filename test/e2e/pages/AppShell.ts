import type { Locator, Page } from "playwright-core";

/** What every screen has: the header with help and, once signed in, the main nav. */
export class AppShell {
  readonly heading: Locator;
  readonly helpLink: Locator;
  /** The footer's way to help, "find someone to talk to now". */
  readonly footerHelpLink: Locator;
  /** The sign that help is on its way while the crisis page is asked for. */
  readonly helpOpening: Locator;
  /** Every live region made for that sign, empty or not: the page carries one, for every link. */
  readonly helpSigns: Locator;
  readonly nav: Locator;
  readonly checkinLink: Locator;
  readonly historyLink: Locator;
  readonly signOutButton: Locator;
  /** The phone's nav menu: "More" beside the daily three, or "Menu" alone with large text. */
  readonly menuButton: Locator;
  /** The card that offers help beside free text whose words suggest a crisis. */
  readonly crisisCard: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.helpLink = page.getByRole("banner").getByRole("link", { name: "Get help now" });
    this.footerHelpLink = page
      .getByRole("contentinfo")
      .getByRole("link", { name: "find someone to talk to now" });
    this.helpOpening = page.getByRole("status").filter({ hasText: "Opening help…" });
    this.helpSigns = page.getByRole("status").and(page.locator(".help-now-status"));
    this.nav = page.getByRole("navigation", { name: "Main" });
    this.checkinLink = this.nav.getByRole("link", { name: "Check-in" });
    this.historyLink = this.nav.getByRole("link", { name: "History" });
    this.signOutButton = this.nav.getByRole("button", { name: "Sign out" });
    this.menuButton = this.nav.locator("details.nav-more > summary");
    this.crisisCard = page.getByRole("region", { name: "You don't have to carry this alone" });
  }

  /** Waits for a screen by its one `<h1>`, so a journey never acts on the page before it. */
  async waitForHeading(text: string | RegExp): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: text }).waitFor();
  }

  /** On a narrow screen most of the nav sits under "More" (or all of it under "Menu"): open it
   * when the item is there. */
  async reveal(item: Locator): Promise<Locator> {
    if (!(await item.isVisible())) await this.menuButton.click();
    await item.waitFor();
    return item;
  }

  async signOut(): Promise<void> {
    await (await this.reveal(this.signOutButton)).click();
    await this.waitForHeading("Sign in");
  }

  /** Asks to sign out, and waits for the question of what would be lost, with that title. */
  async signOutAsked(title: string): Promise<void> {
    await (await this.reveal(this.signOutButton)).click();
    await this.waitForHeading(title);
  }
}

import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

/** The people screen, for the owner and admins. */
export class PeoplePage extends AppShell {
  readonly navLink: Locator;
  readonly inviteButton: Locator;
  readonly madeLink: Locator;
  readonly people: Locator;

  constructor(page: Page) {
    super(page);
    this.navLink = this.nav.getByRole("link", { name: "People" });
    this.inviteButton = page.getByRole("button", { name: "Make an invitation link" });
    this.madeLink = page.getByLabel("Link to send");
    this.people = page.getByRole("region", { name: "People", exact: true }).getByRole("listitem");
  }

  async open(): Promise<void> {
    await (await this.reveal(this.navLink)).click();
    await this.waitForHeading("People on this Reconnect");
  }

  /** Makes an invitation link and gives back the address shown to copy. */
  async invite(): Promise<string> {
    await this.inviteButton.click();
    await this.madeLink.waitFor();
    return this.madeLink.inputValue();
  }

  person(username: string): Locator {
    return this.people.filter({ has: this.page.getByText(username, { exact: true }) });
  }

  async remove(username: string): Promise<void> {
    await this.page.getByRole("button", { name: `Remove ${username}`, exact: true }).click();
    await this.page.getByRole("button", { name: `Yes, remove ${username}` }).click();
    await this.person(username).waitFor({ state: "detached" });
  }
}

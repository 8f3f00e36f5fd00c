import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

/** A screen asking for a username and password: setup and sign-in share one form in the app. */
export class CredentialsPage extends AppShell {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(
    page: Page,
    private readonly title: string,
    button: string,
  ) {
    super(page);
    this.username = page.getByLabel("Username");
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: button });
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading(this.title);
  }

  protected async send(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}

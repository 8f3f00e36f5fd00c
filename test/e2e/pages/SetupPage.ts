import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

export class SetupPage extends AppShell {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(page: Page) {
    super(page);
    this.username = page.getByLabel("Username");
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: "Create account" });
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("Create your account");
  }

  async createAccount(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}

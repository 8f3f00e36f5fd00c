import type { Page } from "playwright-core";
import { CredentialsPage } from "./CredentialsPage.js";

export class SetupPage extends CredentialsPage {
  constructor(page: Page) {
    super(page, "Create your account", "Create account");
  }

  createAccount(username: string, password: string): Promise<void> {
    return this.send(username, password);
  }
}

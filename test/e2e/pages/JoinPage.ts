import type { Page } from "playwright-core";
import { CredentialsPage } from "./CredentialsPage.js";

/** Where an invitation link lands: choose a name and password. */
export class JoinPage extends CredentialsPage {
  constructor(page: Page) {
    super(page, "Welcome to Reconnect", "Create account");
  }

  join(username: string, password: string): Promise<void> {
    return this.send(username, password);
  }

  async waitUntilClosed(): Promise<void> {
    await this.waitForHeading("This link can't be used any more");
  }
}

import type { Page } from "playwright-core";
import { CredentialsPage } from "./CredentialsPage.js";

export class SignInPage extends CredentialsPage {
  constructor(page: Page) {
    super(page, "Sign in", "Sign in");
  }

  signIn(username: string, password: string): Promise<void> {
    return this.send(username, password);
  }
}

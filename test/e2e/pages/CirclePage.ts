import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

/** Circle: the people who matter, a next step for each, and the form to add or change them. */
export class CirclePage extends AppShell {
  readonly navLink: Locator;
  readonly addButton: Locator;
  readonly status: Locator;
  readonly addForm: Locator;

  constructor(page: Page) {
    super(page);
    this.navLink = this.nav.getByRole("link", { name: "Circle" });
    this.addButton = page.getByRole("button", { name: "Add someone", exact: true });
    this.status = page.getByRole("status").filter({ hasText: "circle" });
    this.addForm = page.getByRole("form", { name: "Add someone" });
  }

  async open(): Promise<void> {
    await (await this.reveal(this.navLink)).click();
    await this.waitForHeading("Your circle");
  }

  /**
   * Until the screen knows which words "Add someone" opens on (this tab's own, a closed tab's, or
   * none) and has the circle: the button is drawn only then, or the form opened on a draft.
   */
  async waitUntilSettled(): Promise<void> {
    await this.page
      .locator(`#circle-add-someone:not([aria-busy='true'])`)
      .or(this.addForm)
      .waitFor();
  }

  /** A person's card, by the heading that names them. */
  card(name: string): Locator {
    return this.page
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { level: 2, name, exact: true }) });
  }

  cardHeading(name: string): Locator {
    return this.page.getByRole("heading", { level: 2, name, exact: true });
  }

  changeButton(name: string): Locator {
    return this.page.getByRole("button", { name: `Change details for ${name}`, exact: true });
  }

  /** The form that changes someone, open in place of their card. */
  changeForm(name: string): Locator {
    return this.page.getByRole("form", { name: `Change ${name}` });
  }

  /** The open form's field by its label. */
  field(form: Locator, label: string): Locator {
    return form.getByLabel(label, { exact: true });
  }

  button(form: Locator, name: string): Locator {
    return form.getByRole("button", { name, exact: true });
  }

  /** The note in a form that words typed before and not yet saved are still there. */
  draftNotice(form: Locator): Locator {
    return form.locator(".draft-notice");
  }
}

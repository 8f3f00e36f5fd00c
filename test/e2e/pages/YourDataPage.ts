import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

type ImportModeLabel = "Add what is not here yet" | "Replace everything here with the file";

/** "You and your data": account care, export and import, erasing the account. */
export class YourDataPage extends AppShell {
  readonly navLink: Locator;
  readonly currentPassword: Locator;
  readonly newPassword: Locator;
  readonly changePasswordButton: Locator;
  readonly signOutEverywhereButton: Locator;
  /** Asked first when words of the person's are only on this device, with its two answers. */
  readonly signOutEverywhereQuestion: Locator;
  readonly staySignedInButton: Locator;
  readonly signOutEverywhereAndDeleteButton: Locator;
  readonly erasePassword: Locator;
  readonly eraseButton: Locator;
  readonly downloadLink: Locator;
  readonly importFileInput: Locator;
  readonly importButton: Locator;
  /** The question a replace asks before it erases anything, with its two answers. */
  readonly replaceQuestion: Locator;
  readonly replaceQuestionHeading: Locator;
  readonly yesReplaceButton: Locator;
  readonly keepWhatsHereButton: Locator;
  readonly includeThoughtText: Locator;
  readonly healthRecordLink: Locator;
  readonly reportFrom: Locator;
  readonly reportTo: Locator;
  readonly reportNotes: Locator;
  readonly reportLink: Locator;

  constructor(page: Page) {
    super(page);
    this.navLink = this.nav.getByRole("link", { name: "Your data" });
    this.currentPassword = page.getByLabel("Current password");
    this.newPassword = page.getByLabel("New password");
    this.changePasswordButton = page.getByRole("button", { name: "Change password" });
    this.signOutEverywhereButton = page.getByRole("button", {
      name: "Sign out everywhere",
      exact: true,
    });
    this.signOutEverywhereQuestion = page.getByText(
      "Before you go: this device is signed out too, and some of your words are only here.",
    );
    this.staySignedInButton = page.getByRole("button", { name: "Stay signed in" });
    this.signOutEverywhereAndDeleteButton = page.getByRole("button", {
      name: "Sign out everywhere and delete them",
    });
    this.erasePassword = page.getByLabel("Your password", { exact: true });
    this.eraseButton = page.getByRole("button", { name: "Erase my account and everything in it" });
    this.downloadLink = page.getByRole("link", { name: "Download all my data", exact: true });
    this.importFileInput = page.getByLabel("Export file");
    this.importButton = page.getByRole("button", { name: "Import" });
    this.replaceQuestion = page.getByRole("region", {
      name: "Replace everything here with this file?",
    });
    this.replaceQuestionHeading = this.replaceQuestion.getByRole("heading");
    this.yesReplaceButton = page.getByRole("button", { name: "Yes, replace everything" });
    this.keepWhatsHereButton = page.getByRole("button", { name: "Keep what's here" });
    this.includeThoughtText = page.getByLabel("Include what I wrote in thought records");
    this.healthRecordLink = page.getByRole("link", {
      name: "Download for a health record (FHIR)",
    });
    this.reportFrom = page.getByLabel("First day");
    this.reportTo = page.getByLabel("Last day");
    this.reportNotes = page.getByLabel("Add my check-in notes to the report");
    this.reportLink = page.getByRole("link", { name: "Download the report (PDF)" });
  }

  /** Opens the screen from the nav, under "More" on a phone. */
  async open(): Promise<void> {
    await (await this.reveal(this.navLink)).click();
    await this.waitForHeading("You and your data");
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.currentPassword.fill(current);
    await this.newPassword.fill(next);
    await this.changePasswordButton.click();
  }

  /** Downloads the export and answers where the browser saved it. */
  download(): Promise<string> {
    return this.saveFrom(this.downloadLink);
  }

  /** Downloads one spreadsheet ("Check-ins", "Thought records", …) and answers where it was saved. */
  async downloadSpreadsheet(label: string): Promise<string> {
    const link = this.page
      .getByRole("list", { name: "Spreadsheet files" })
      .getByRole("link", { name: `${label} (CSV)` });
    return this.saveFrom(link);
  }

  /** Downloads the check-ups as FHIR and answers where the browser saved the file. */
  downloadForHealthRecord(): Promise<string> {
    return this.saveFrom(this.healthRecordLink);
  }

  /** Downloads the clinician report as the form stands and answers where it was saved. */
  downloadReport(): Promise<string> {
    return this.saveFrom(this.reportLink);
  }

  /** Follows a download link and answers where the browser saved the file. */
  private async saveFrom(link: Locator): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), link.click()]);
    return download.path();
  }

  /** Chooses a file and a mode and presses Import: a replace then waits on its question. */
  async askToImport(file: string, mode: ImportModeLabel): Promise<void> {
    await this.importFileInput.setInputFiles(file);
    await this.page.getByLabel(mode).check();
    await this.importButton.click();
  }

  /** Imports a file, answering a replace's question with yes, as a person sure of it would. */
  async importFile(file: string, mode: ImportModeLabel): Promise<void> {
    await this.askToImport(file, mode);
    if (mode === "Replace everything here with the file") await this.yesReplaceButton.click();
  }

  async erase(password: string): Promise<void> {
    await this.erasePassword.fill(password);
    await this.eraseButton.click();
  }
}

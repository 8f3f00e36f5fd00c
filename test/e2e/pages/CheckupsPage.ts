import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

/** `/check-ups`: choosing a questionnaire, answering it one question at a time, the result. */
export class CheckupsPage extends AppShell {
  readonly checkupsLink: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly resultButton: Locator;
  readonly safetyFirst: Locator;
  readonly scoreHeading: Locator;
  /** What went wrong, said in the questionnaire itself: a failed save, a missing answer. */
  readonly problem: Locator;
  readonly leaveButton: Locator;
  /** Asked when leaving with answers given: keep them, save them, or let them go. */
  readonly leaveQuestion: Locator;
  readonly draftNotice: Locator;

  constructor(page: Page) {
    super(page);
    this.checkupsLink = this.nav.getByRole("link", { name: "Check-ups" });
    this.nextButton = page.getByRole("button", { name: "Next", exact: true });
    this.backButton = page.getByRole("button", { name: "Back", exact: true });
    this.resultButton = page.getByRole("button", { name: "See my result" });
    this.safetyFirst = page.getByRole("region", { name: "You are not alone with these thoughts" });
    this.scoreHeading = page.getByRole("heading", { name: /screening score:/ });
    this.problem = page.locator("form.questionnaire").getByRole("alert");
    this.leaveButton = page.getByRole("button", { name: "Leave this check-up" });
    this.leaveQuestion = page.getByRole("region", { name: "Keep your answers?" });
    this.draftNotice = page.locator(".draft-notice");
  }

  /** One of the answers to "Keep your answers?", by its words. */
  leaveChoice(words: string): Locator {
    return this.leaveQuestion.getByRole("button", { name: words, exact: true });
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("Check-ups");
  }

  async start(what: RegExp): Promise<void> {
    await this.page.getByRole("link", { name: what }).click();
    await this.waitForHeading(/check-up$/);
  }

  /**
   * From the list of check-ups just loaded, starts the three-question loneliness check-up and
   * waits for its first question: the short one journeys about answering and saving go through.
   */
  async openLoneliness(): Promise<void> {
    await this.waitUntilShown();
    await this.start(/connected or left out/);
    await this.question("Question 1 of 3").waitFor();
  }

  /** The question on screen, by its progress words: "Question 3 of 9". */
  question(progress: string): Locator {
    return this.page.getByRole("group", { name: new RegExp(`^${progress}`) });
  }

  /** Picks an answer by its published words on the question showing `progress`, then moves on. */
  async answer(progress: string, choice: string): Promise<void> {
    await this.question(progress).getByRole("radio", { name: choice, exact: true }).check();
    await this.nextButton.click();
  }

  /** Answers every item in order; `answers` are the published choice words. */
  async answerAll(answers: readonly string[]): Promise<void> {
    await this.answerAllButSend(answers);
    await this.nextButton.click();
  }

  /**
   * Answers every item in order and leaves the last one chosen but not sent, for a journey about
   * what happens as the answers go ("See my result" on a slow connection, Back, Enter).
   */
  async answerAllButSend(answers: readonly string[]): Promise<void> {
    const total = answers.length;
    for (const [index, choice] of answers.entries()) {
      const question = this.question(`Question ${index + 1} of ${total}`);
      await question.getByRole("radio", { name: choice, exact: true }).check();
      if (index < total - 1) await this.nextButton.click();
    }
  }

  async waitForResult(): Promise<void> {
    await this.waitForHeading("Your result");
    await this.scoreHeading.waitFor();
  }
}

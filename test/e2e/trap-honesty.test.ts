import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { SignInPage } from "./pages/SignInPage.js";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const QUIET = "We didn't spot a thinking trap. You can still pick one below if it fits.";

describe.skipIf(browserUnavailable())(
  "trap suggestions say how sure they are, and can be waved off",
  () => {
    const journey = useJourney({ reducedMotion: "reduce" });

    it("stays quiet on a balanced thought, names a distorted line softly, and lets none of them fit", async () => {
      const { page, server } = journey;
      await createOwner(server.baseUrl, OWNER);
      await openPage(page, `${server.baseUrl}/thoughts`);
      const signIn = new SignInPage(page);
      await signIn.waitUntilShown();
      await signIn.signIn(OWNER.username, OWNER.password);
      const { record, traps } = await new ThoughtListPage(page).openNewThought();

      // A fair thought that names a feeling and looks ahead, as a tired person might write it.
      await record.thought.fill(
        "I'm nervous about Friday's interview, which makes sense because I want the job. I've prepared and I'll do my best.",
      );
      await traps.waitForHint(QUIET);
      await expect(traps.cards.count()).resolves.toBe(0);
      await expect(traps.noneFitButton.count()).resolves.toBe(0);

      // What the hint says two frames after the words change, long before the check can answer:
      // never "we didn't spot one" of a thought not yet looked at.
      await record.thought.evaluate((area) => {
        area.addEventListener("input", () =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const hint = document.getElementById("trap-suggestions-hint");
              if (hint)
                area.dataset.hintsSeen = `${area.dataset.hintsSeen ?? ""}|${hint.textContent}`;
            }),
          ),
        );
      });
      // A paragraph of plain context with one distorted line: that line's trap, its words marked.
      const paragraph =
        "Work ran late and I got home after eight. I burned the dinner. I'm such an idiot. We ate toast instead.";
      await record.thought.fill(paragraph);
      const labeling = traps.card("Labeling");
      await labeling.waitFor();
      const seen = await record.thought.evaluate((area) => area.dataset.hintsSeen ?? "");
      expect(seen).not.toBe("");
      expect(seen).not.toContain(QUIET);
      await expect(labeling.locator("mark").allTextContents()).resolves.toEqual([
        "Words that suggest Labeling: I'm such an idiot",
      ]);
      // Shown in its own sentence: the plain lines around it are left out, not half-quoted.
      await expect(labeling.locator(".trap-words").textContent()).resolves.toBe(
        "… Words that suggest Labeling: I'm such an idiot. …",
      );
      // How sure, in plain words, never as a fact.
      const certainty = await labeling.locator(".trap-certainty").textContent();
      expect(certainty).toMatch(
        /^(Likely|Maybe)\. .*Only you can say\.$|^Likely\. .*only you can say\.$/,
      );
      await expect(traps.region.textContent()).resolves.not.toMatch(
        /\byou have\b|\bdefinitely\b|\bcertain/i,
      );
      expect(
        (await new AxeBuilder({ page }).include(".trap-suggestions").analyze()).violations,
      ).toEqual([]);

      // Kept, then waved off with "None of these fit": gone, un-kept, and the keyboard stays put.
      await labeling.getByRole("button", { name: "Keep Labeling" }).click();
      await expect(record.handPicked("Labeling").isChecked()).resolves.toBe(true);
      await traps.noneFitButton.click();
      await traps.waitForHint(
        "Got it: none of those fit. You can still pick one below if it does.",
      );
      await expect(traps.cards.count()).resolves.toBe(0);
      await expect(record.handPicked("Labeling").isChecked()).resolves.toBe(false);
      await expect(
        traps.hint.evaluate((element) => element === document.activeElement),
      ).resolves.toBe(true);
      // Every trap can still be picked by hand.
      await expect(record.allTraps.getByRole("checkbox").count()).resolves.toBe(14);

      // Waved off for good: opened again from the device's draft, the same words bring none back.
      await page.reload();
      await record.waitForStep("What went through your mind?");
      await expect(record.thought.inputValue()).resolves.toBe(paragraph);
      await traps.waitForHint(
        "Got it: none of those fit. You can still pick one below if it does.",
      );
      await expect(traps.cards.count()).resolves.toBe(0);
    });
  },
);

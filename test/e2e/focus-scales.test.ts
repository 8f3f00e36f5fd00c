import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { PlanPage } from "./pages/PlanPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 } as const;

/** The text an element's aria-describedby points at, as a screen reader reads it after the name. */
function description(target: Locator): Promise<string> {
  return target.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
      .filter(Boolean)
      .join(" "),
  );
}

/** Cells of a table that reach past the right edge of the screen. */
function cellsPastTheEdge(table: Locator): Promise<string[]> {
  return table.evaluate((element, width) => {
    const cells = [...element.querySelectorAll("th, td")];
    return cells
      .filter((cell) => cell.getBoundingClientRect().right > width)
      .map((cell) => cell.textContent ?? "");
  }, PHONE.width);
}

/** Scales that read cleanly, a phone-sized rhythm table, and the words on Plan and Learn. */
describe.skipIf(browserUnavailable())("scales, the rhythm table and plain words", () => {
  const journey = useJourney({ viewport: PHONE, reducedMotion: "reduce" });
  const signInAt = ownerSignIn(journey);

  it("names each check-in scale by its question, with what 0 and 10 mean as its description", async () => {
    const page = await signInAt("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.openMore();

    const mood = page.getByRole("group", { name: "Mood", exact: true });
    await mood.waitFor();
    await expect(description(mood)).resolves.toBe("0 is very low, 10 is very good.");
    const energy = page.getByRole("group", { name: "Energy (optional)", exact: true });
    await expect(description(energy)).resolves.toBe("0 is none at all, 10 is plenty.");
    expect(await violations(page)).toEqual([]);
  });

  it("Plan shows the check-in's energy as chosen, and says why a guess is needed", async () => {
    const page = await signInAt("/");
    // A check-in with low energy, which Plan then uses.
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.openMore();
    await checkin.pick("Mood", 3);
    await checkin.pick("Energy", 2);
    await checkin.save();
    await openPage(page, `${journey.server.baseUrl}/plan`);
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    const energy = page.getByRole("group", { name: "How much energy do you have?" });
    await expect(
      energy.getByRole("radio", { name: /^Low:/ }).isChecked(),
      "the check-in's low energy is shown as chosen",
    ).resolves.toBe(true);
    await expect(description(energy)).resolves.toContain(
      "Using the energy from today's check-in (2 out of 10).",
    );

    const title = (
      (await plan.suggestions.first().getByRole("heading").textContent()) ?? ""
    ).trim();
    await page.getByRole("button", { name: `Plan this: ${title}` }).click();
    const guess = page
      .getByRole("form", { name: `Plan: ${title}` })
      .getByRole("radiogroup", { name: "How much do you think you'll enjoy it?", exact: true });
    await expect(guess.getAttribute("aria-required")).resolves.toBe("true");
    const why = await description(guess);
    expect(why).toContain("a guess helps you see later how things really felt");
    expect(why).toContain("0 is not at all, 10 is very much.");
    await expect(
      page.getByText(/^Needed: a guess helps you see later how things really felt\./).isVisible(),
    ).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);

    // Picking another level changes what is chosen, and the check-in's words give way.
    await plan.chooseEnergy("Okay");
    await expect(energy.getByRole("radio", { name: /^Low:/ }).isChecked()).resolves.toBe(false);
    await expect(description(energy)).resolves.toBe("The ideas below follow what you picked.");
  });

  it("fits the whole week's rhythm, Sunday included, on a phone", async () => {
    const page = await signInAt("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await page.getByRole("button", { name: "Wake up" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Wake up: noted at/ })
      .waitFor();

    const table = page.getByRole("table", { name: /^This week's rhythm/ });
    await table.waitFor();
    await expect(cellsPastTheEdge(table)).resolves.toEqual([]);
    await expect(table.getByRole("rowheader").allTextContents()).resolves.toHaveLength(7);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(
      PHONE.width,
    );
    expect(await violations(page)).toEqual([]);
  });

  it("titles Learn's sections in the lessons' own voice", async () => {
    const page = await signInAt("/learn");
    await page.getByRole("heading", { level: 1, name: "Learn" }).waitFor();
    const titles = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(titles).toContain("What your body and brain may be doing");
    expect(titles).toContain("When you'd like more help");
    expect(titles.filter((title) => /&|Conclusion|Factors|FAQs/.test(title))).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
});

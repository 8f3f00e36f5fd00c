import { describe, expect, it } from "vitest";
import type { CheckinInput } from "../../src/core/checkins/checkin.schema.js";
import { addDays, localDateOf } from "../../src/core/dates/local-date.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { CirclePage } from "./pages/PlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const FRIENDS = ["Ben", "Priya", "Jo", "Alex"] as const;

/** Two months of ordinary days before today, each naming one or two of four friends. */
function twoMonths(today: string): { date: string; checkin: CheckinInput }[] {
  const days = [];
  for (let back = 60; back >= 1; back -= 1) {
    const who = [FRIENDS[back % 4] ?? "Ben", ...(back % 3 === 0 ? ["Ben"] : [])];
    days.push({
      date: addDays(today, -back),
      checkin: {
        mood: 4 + (back % 3),
        energy: 5,
        connections: who.map((name) => ({ mode: "message" as const, name })),
      },
    });
  }
  return days;
}

describe.skipIf(browserUnavailable())(
  "next small steps from a check-in and in the circle, on a phone",
  () => {
    const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });

    it("a low day is offered one tiny step, and the circle puts forward the people check-ins name", async () => {
      const { page, server } = journey;
      const today = localDateOf(new Date());
      await createOwner(server.baseUrl, OWNER);
      await openPage(page, server.baseUrl);
      const signIn = new SignInPage(page);
      await signIn.waitUntilShown();
      await signIn.signIn(OWNER.username, OWNER.password);
      const checkin = new CheckinPage(page);
      await checkin.waitUntilToday();
      for (const { date, checkin: day } of twoMonths(today)) {
        const response = await page.request.put(`${server.baseUrl}/api/checkins/${date}`, {
          data: day,
        });
        expect(response.status(), `saving ${date}`).toBe(200);
      }

      // A low day, not a heavy one: thanked, and one tiny step offered, with focus on it.
      await checkin.pick("Mood", 2);
      await checkin.save();
      const step = page.getByRole("region", { name: "One tiny step, only if you feel like it" });
      await step.waitFor();
      await expect(
        step.getByRole("heading").evaluate((el) => el === document.activeElement),
      ).resolves.toBe(true);
      expect(await checkin.heavyDay.count()).toBe(0);
      await expect(
        step.getByRole("link", { name: "See it in your Plan" }).getAttribute("href"),
      ).resolves.toBe("/plan");
      expect(await violations(page)).toEqual([]);

      // The circle, empty, suggests the four people named; the most named first.
      await openPage(page, `${server.baseUrl}/circle`);
      const circle = new CirclePage(page);
      await circle.waitUntilShown();
      const suggested = page.getByRole("region", { name: "People from your check-ins" });
      await suggested.waitFor();
      const names = await suggested.locator(".suggested-name").allTextContents();
      expect(names[0]).toBe("Ben");
      expect([...names].sort()).toEqual(["Alex", "Ben", "Jo", "Priya"]);
      expect(await violations(page)).toEqual([]);

      await suggested.getByRole("button", { name: "Add Ben" }).click();
      const form = page.getByRole("form", { name: "Add someone" });
      const name = form.getByLabel("Name");
      await expect(name.inputValue()).resolves.toBe("Ben");
      await expect(name.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await form.getByLabel("How you know them (optional)").fill("school friend");
      await form.getByRole("button", { name: "Save" }).click();
      await page.getByRole("heading", { level: 2, name: "Ben" }).waitFor();
      await expect(suggested.getByRole("button", { name: "Add Ben" }).count()).resolves.toBe(0);
      await suggested.getByRole("button", { name: "Add Priya" }).waitFor();
      expect(await violations(page)).toEqual([]);
    });
  },
);

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates/local-date.js";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;
const ADD = "Add what is not here yet";
/** Words of the developer's trade that a refusal must never show a person. */
const JARGON = /UTF-8|JSON|checkins\.\d|must be "reconnect-export"|must be at most/;

describe.skipIf(browserUnavailable())("a file that cannot be brought in", () => {
  const journey = useJourney(PHONE);
  const signInAt = ownerSignIn(journey);

  it("says what the chosen file is and what to choose instead, in plain words", async () => {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, today, 5, (back) => ({ mood: back }));
    await yourData.open();
    const file = await yourData.download();
    const problem = page.getByRole("alert");
    const problems = page.getByRole("list", { name: "Where the file has problems" });
    const refusedAs = async (path: string, words: RegExp) => {
      await yourData.askToImport(path, ADD);
      await problem.filter({ hasText: words }).waitFor();
      expect(await problem.textContent()).not.toMatch(JARGON);
      expect(await problems.count()).toBe(0);
    };

    // A photo, chosen by mistake: the browser knows it is a picture before sending it.
    const photo = `${file}.beach.png`;
    writeFileSync(photo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]));
    await refusedAs(
      photo,
      /looks like a picture or another kind of file, not a Reconnect export\. Choose the file called reconnect-export-/,
    );
    expect(await violations(page)).toEqual([]);
    // The same bytes under a .json name reach the server, whose refusal is said the same way.
    const renamed = `${file}.photo.json`;
    writeFileSync(renamed, readFileSync(photo));
    await refusedAs(renamed, /looks like a picture or another kind of file/);

    const empty = `${file}.empty.json`;
    writeFileSync(empty, "");
    await refusedAs(empty, /is empty, so there is nothing in it to bring in/);

    // One of the app's own spreadsheet downloads.
    const sheet = await yourData.downloadSpreadsheet("Check-ins");
    const csv = `${file}.checkins.csv`;
    writeFileSync(csv, readFileSync(sheet));
    await refusedAs(
      csv,
      /is a spreadsheet file\. Bringing data in takes the file that "Download all my data" saves/,
    );

    const stranger = `${file}.other.json`;
    writeFileSync(stranger, JSON.stringify({ format: "a-diary-app", version: 1 }));
    await refusedAs(
      stranger,
      /^This file was not made by Reconnect's export, so nothing was imported\.$/,
    );
    // Chosen to replace everything, it is sent and refused the same way, without first asking
    // whether to erase what is here: nothing would be.
    const refused = page.waitForResponse(
      (answer) => new URL(answer.url()).pathname === "/api/import" && answer.status() === 400,
    );
    await yourData.askToImport(stranger, "Replace everything here with the file");
    await refused;
    await problem
      .filter({
        hasText: /^This file was not made by Reconnect's export, so nothing was imported\.$/,
      })
      .waitFor();
    expect(await yourData.replaceQuestion.count()).toBe(0);
    await page.getByLabel(ADD).check();

    const doc = JSON.parse(readFileSync(file, "utf8"));
    const newer = `${file}.newer.json`;
    writeFileSync(newer, JSON.stringify({ ...doc, version: 2 }));
    await refusedAs(newer, /comes from a newer Reconnect/);

    // Broken values: each record named by its day where it has one, else counted from one.
    const dayOf = addDays(today, -4);
    doc.checkins[0].mood = 11;
    doc.checkins[1].date = "someday";
    const broken = `${file}.broken.json`;
    writeFileSync(broken, JSON.stringify(doc));
    await yourData.askToImport(broken, ADD);
    await problem.filter({ hasText: "These parts of the file need changing first" }).waitFor();
    const named = await page.evaluate(
      (date) =>
        new Date(`${date}T12:00:00`).toLocaleDateString(undefined, {
          day: "numeric",
          month: "long",
          year: "numeric",
        }),
      dayOf,
    );
    const lines = await problems.getByRole("listitem").allTextContents();
    expect(lines).toContain(`The check-in for ${named}: the mood must be from 0 to 10`);
    expect(lines.some((line) => line.startsWith("The 2nd check-in: the date must be"))).toBe(true);
    expect(lines.join(" ")).not.toMatch(/checkins\.\d/);
    expect(await problems.locator("code").count()).toBe(0);
    expect(await violations(page)).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;

/** A downloaded CSV as a spreadsheet reads it: byte order mark first, then the records. */
function recordsOf(file: string): string[][] {
  const text = readFileSync(file, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return parseCsv(text, { bom: true });
}

describe.skipIf(browserUnavailable())("taking your data as spreadsheets", () => {
  const journey = useJourney(PHONE);
  const signInAt = ownerSignIn(journey);

  it("downloads check-ins, and thought records with their words only when ticked", async () => {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();

    // Two months of check-ins ending today, and one thought record.
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, today, 60, (back) => ({
      mood: (back * 7) % 11,
      connections: back % 3 === 0 ? [{ mode: "call", name: "Jo" }] : [],
      note: back === 0 ? "=1+1 is not a formula here" : `Day ${back}`,
    }));
    const thought = await context.request.post(`${server.baseUrl}/api/thoughts`, {
      data: { thought: "Everyone thinks I'm boring", keptTraps: ["mind-reading"] },
    });
    expect(thought.status()).toBe(201);

    await yourData.open();
    expect(await violations(page)).toEqual([]);

    const [header, ...days] = recordsOf(await yourData.downloadSpreadsheet("Check-ins"));
    expect(header?.slice(0, 2)).toEqual(["Date", "Mood (0-10)"]);
    expect(days).toHaveLength(60);
    expect(days.at(-1)?.[0]).toBe(today);
    expect(days.at(-1)?.[8]).toBe("call with Jo");
    expect(days.at(-1)?.[9]).toBe("'=1+1 is not a formula here");

    const [plainHeader, plainRecord] = recordsOf(
      await yourData.downloadSpreadsheet("Thought records"),
    );
    expect(plainHeader).not.toContain("Thought");
    expect(plainRecord?.join()).not.toContain("boring");

    await yourData.includeThoughtText.check();
    const [wordsHeader, wordsRecord] = recordsOf(
      await yourData.downloadSpreadsheet("Thought records"),
    );
    expect(wordsHeader).toContain("Thought");
    expect(wordsRecord).toContain("Everyone thinks I'm boring");
    expect(await violations(page)).toEqual([]);
  });
});

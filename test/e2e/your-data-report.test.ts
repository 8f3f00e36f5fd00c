import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates/local-date.js";
import { readPdf } from "../support/pdf-text.js";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;
const PDFTOPPM = "/usr/bin/pdftoppm";

/** How many pixels of a PNG are not white, counted by the browser drawing it on a canvas. */
async function inkedPixels(context: BrowserContext, png: Buffer): Promise<number> {
  const page = await context.newPage();
  try {
    return await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const drawing = canvas.getContext("2d");
      if (!drawing) return -1;
      drawing.drawImage(image, 0, 0);
      const pixels = drawing.getImageData(0, 0, image.width, image.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if ((pixels[i] ?? 255) < 200 || (pixels[i + 1] ?? 255) < 200) inked += 1;
      }
      return inked;
    }, png.toString("base64"));
  } finally {
    await page.close();
  }
}

describe.skipIf(browserUnavailable() || !existsSync(PDFTOPPM))("the report for a doctor", () => {
  const journey = useJourney(PHONE);
  const signInAt = ownerSignIn(journey);
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it("downloads a PDF of the chosen period whose pages draw, with notes only when ticked", async () => {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();

    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, today, 40, (back) => ({
      mood: 3 + (back % 5),
      energy: 2 + (back % 4),
      connections: back % 3 === 0 ? [{ mode: "call", name: "Jo" }] : [],
      note: `Day ${back} felt long`,
    }));
    const phq9 = await context.request.post(`${server.baseUrl}/api/assessments`, {
      data: { instrument: "phq9", answers: [2, 2, 1, 1, 1, 2, 1, 1, 1] },
    });
    expect(phq9.status()).toBe(201);

    await yourData.open();
    await expect.poll(() => yourData.reportTo.inputValue()).toBe(today);
    expect(await violations(page)).toEqual([]);

    // A first day after the last one is said plainly, and no link is offered.
    await yourData.reportFrom.fill(addDays(today, 1));
    await expect.poll(() => yourData.reportLink.count()).toBe(0);
    await page.getByText("The first day needs to come before the last day.").waitFor();
    await yourData.reportFrom.fill(addDays(today, -20));

    const plain = await readPdf(readFileSync(await yourData.downloadReport()));
    expect(plain.pages.join("\n")).toContain("Several days");
    expect(plain.pages.join("\n")).not.toContain("felt long");

    await yourData.reportNotes.check();
    const file = await yourData.downloadReport();
    const read = await readPdf(readFileSync(file));
    const text = read.pages.join("\n");
    expect(text).toContain("21 days with a check-in");
    expect(text).toContain("Day 0 felt long");
    expect(text).not.toContain("Day 21 felt long");

    // Every page drawn to an image by poppler, as a printer or viewer would, and not blank.
    const folder = mkdtempSync(join(tmpdir(), "reconnect-report-"));
    folders.push(folder);
    execFileSync(PDFTOPPM, ["-png", "-r", "50", file, join(folder, "page")]);
    const images = readdirSync(folder).filter((name) => name.endsWith(".png"));
    expect(images).toHaveLength(read.pages.length);
    for (const image of images) {
      expect(await inkedPixels(context, readFileSync(join(folder, image)))).toBeGreaterThan(500);
    }
    expect(await violations(page)).toEqual([]);
  });
});

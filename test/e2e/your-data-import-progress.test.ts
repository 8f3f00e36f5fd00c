import { describe, expect, it } from "vitest";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;

describe.skipIf(browserUnavailable())("importing a file that takes a while", () => {
  const journey = useJourney(PHONE);
  const signInAt = ownerSignIn(journey);

  it("says in words how much of the file has gone while a slow upload runs", async () => {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, today, 40, (back) => ({
      mood: back % 11,
      note: `Day ${back}: ${"a walk by the river, slowly, with Jo. ".repeat(20)}`,
    }));
    await yourData.open();
    const file = await yourData.download();

    // A slow connection, so the upload takes seconds, as a large file's does at home.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 8 * 1024,
    });
    await yourData.importFile(file, "Replace everything here with the file");
    const sending = page.getByRole("progressbar", { name: /^Sending the file: \d+%$/ });
    await sending.waitFor();
    expect(Number(await sending.getAttribute("value"))).toBeLessThan(1);
    expect(await page.getByRole("button", { name: "Importing…" }).isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);

    await page.getByRole("status").getByText("Imported 40 check-ins").waitFor({ timeout: 60_000 });
    expect(await page.getByRole("progressbar").count()).toBe(0);
  });
});

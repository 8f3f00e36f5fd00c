import { describe, expect, it } from "vitest";
import { YourDataPage } from "./pages/YourDataPage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests, tapTwiceAtOnce } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

/**
 * Bringing a backup back in on a slow phone: nothing moves at first, so a tired thumb taps
 * Import again. The whole file went a second time, and the second answer ("everything was
 * already here") took the place of the first one's count, as if nothing had come back.
 */
describe.skipIf(browserUnavailable())("importing a file on a slow connection", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signInAt = ownerSignIn(journey);

  /** Signs in with three days of check-ins, downloads them, and opens the import. */
  async function withBackup(): Promise<{ yourData: YourDataPage; file: string; today: string }> {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, today, 3, (back) => ({ mood: 4 + back }));
    await yourData.open();
    return { yourData, file: await yourData.download(), today };
  }

  it("sends the file once however fast Import is tapped, and says what came back", async () => {
    const { page, server, context } = journey;
    const { yourData, file, today } = await withBackup();
    const removed = await context.request.delete(`${server.baseUrl}/api/checkins/${today}`, {
      data: {},
    });
    expect(removed.status()).toBe(204);

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/import*",
      (method) => method === "POST",
    );
    await yourData.importFileInput.setInputFiles(file);
    await page.getByLabel("Add what is not here yet").check();
    await tapTwiceAtOnce(yourData.importButton);
    await page.getByRole("button", { name: "Importing…" }).waitFor();
    release();
    await page.getByRole("status").getByText("Imported 1 check-in.").waitFor();
    await stop();
    expect(sent).toEqual(["POST"]);
  });

  it("replaces once however fast 'Yes, replace everything' is tapped", async () => {
    const { page } = journey;
    const { yourData, file } = await withBackup();

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/import*",
      (method) => method === "POST",
    );
    await yourData.askToImport(file, "Replace everything here with the file");
    await yourData.replaceQuestion.waitFor();
    await tapTwiceAtOnce(yourData.yesReplaceButton);
    await page.getByRole("button", { name: "Importing…" }).waitFor();
    release();
    await page.getByRole("status").getByText("Imported 3 check-ins.").waitFor();
    await stop();
    expect(sent).toEqual(["POST"]);
  });
});

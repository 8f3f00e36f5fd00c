import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HistoryPage } from "./pages/HistoryPage.js";
import { SetupPage } from "./pages/SetupPage.js";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { OWNER, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;
const NEW_PASSWORD = "a slow river in spring";

describe.skipIf(browserUnavailable())("taking your data and coming back", () => {
  const journey = useJourney(PHONE);
  const signInAt = ownerSignIn(journey);

  it("exports, erases, sets up again, imports, and shows the same history", async () => {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();

    // Three months of check-ins, ending today, as a person who has used the app a while.
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    await seedCheckins(context.request, server.baseUrl, today, 90, (back) => ({
      mood: (back * 7) % 11,
      energy: (back * 3) % 11,
      connections: back % 3 === 0 ? [{ mode: "call", name: "Jo" }] : [],
      note: `Day ${back} of the walk`,
    }));
    const history = new HistoryPage(page);
    await (await history.reveal(history.historyLink)).click();
    await history.waitUntilShown();
    const before = await history.table.textContent();

    await yourData.open();
    const file = await yourData.download();
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(exported.checkins).toHaveLength(90);

    await yourData.erase(OWNER.password);
    const setup = new SetupPage(page);
    // The screen after says the erase was done, and its heading takes focus, so a screen reader
    // hears it; then it offers to start again.
    const erased = page.getByRole("heading", { level: 1, name: "Everything is erased" });
    await expectFocusSettles(page, erased, "the heading saying everything is erased");
    await page.getByText("Your account and everything you kept in it are gone").waitFor();
    expect(await violations(page)).toEqual([]);
    await setup.createAccount(OWNER.username, NEW_PASSWORD);
    await yourData.nav.waitFor();
    await yourData.open();
    await yourData.importFile(file, "Replace everything here with the file");
    await page.getByRole("status").getByText("Imported 90 check-ins").waitFor();
    expect(await violations(page)).toEqual([]);

    await (await history.reveal(history.historyLink)).click();
    await history.waitUntilShown();
    expect(await history.table.textContent()).toBe(before);

    // A file from elsewhere is refused by name, and nothing changes. Plainly no export, it is
    // sent without first asking whether to erase what is here.
    await yourData.open();
    const stranger = `${file}.other.json`;
    writeFileSync(stranger, JSON.stringify({ format: "a-diary-app", version: 1 }));
    await yourData.askToImport(stranger, "Replace everything here with the file");
    await page.getByText("This file was not made by Reconnect's export").waitFor();
    expect(await violations(page)).toEqual([]);
    await (await history.reveal(history.historyLink)).click();
    await history.waitUntilShown();
    expect(await history.table.textContent()).toBe(before);
  });
});

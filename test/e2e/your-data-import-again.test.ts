import { describe, expect, it } from "vitest";
import { YourDataPage } from "./pages/YourDataPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const ADD = "Add what is not here yet";

/*
 * Adding a file again is how a backup puts back what is missing: a record deleted after the file
 * was saved comes back, once, under its own id, and nothing kept is changed or doubled. So that
 * this never happens silently, the choice says so before the person adds, and the answer names
 * what came back.
 */
describe.skipIf(browserUnavailable())("adding the same file again", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signInAt = ownerSignIn(journey);

  it("says before adding that deleted records come back, and names the one that did", async () => {
    const { page, server } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();
    const api = `${server.baseUrl}/api/thoughts`;
    const kept = await page.request.post(api, { data: { thought: "I'll keep this one." } });
    const later = await page.request.post(api, { data: { thought: "I let this one go." } });
    expect(kept.status()).toBe(201);
    const { id } = (await later.json()) as { id: string };
    await yourData.open();
    const file = await yourData.download();
    expect((await page.request.delete(`${api}/${id}`, { data: {} })).status()).toBe(204);

    const add = page.getByLabel(ADD);
    await add.check();
    expect(await add.getAttribute("aria-describedby")).not.toBeNull();
    const hint = page.locator(`[id="${await add.getAttribute("aria-describedby")}"]`);
    expect(await hint.textContent()).toContain("you have deleted here since is added back");

    const result = page.getByRole("status").filter({ hasText: /Imported|already here/ });
    await yourData.importFile(file, ADD);
    await result.filter({ hasText: "Imported 1 thought record." }).waitFor();
    // Once back, adding the file again adds nothing.
    await yourData.importFile(file, ADD);
    await result.filter({ hasText: "Everything in that file was already here" }).waitFor();
    const listed = (await (await page.request.get(api)).json()) as { thoughts: unknown[] };
    expect(listed.thoughts).toHaveLength(2);
  });
});

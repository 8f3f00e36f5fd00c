import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { CirclePage } from "./pages/CirclePage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { discardDraftByKeyboard } from "./support/discard-draft.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

/** Every draft key left on the device, whoever wrote it. */
function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
  );
}

describe.skipIf(browserUnavailable())(
  "someone being added to the circle, kept on the device",
  () => {
    const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
    const signIn = ownerSignIn(journey);

    it("a circle slow to load still opens the kept words for someone being added", async () => {
      const page = await signIn("/circle");
      const circle = new CirclePage(page);
      await circle.waitForHeading("Your circle");
      await circle.addButton.click();
      await circle.field(circle.addForm, "Name").fill("Ines");
      // The list never answers: the form waited for it, and the words stayed out of sight.
      await page.route("**/api/people*", () => undefined);
      await page.reload();
      await circle.waitForHeading("Your circle");
      await circle.draftNotice(circle.addForm).waitFor();
      expect(await circle.field(circle.addForm, "Name").inputValue()).toBe("Ines");
      await page.unroute("**/api/people*");
      // Left kept, the words would open the form in this file's next journey.
      await page.evaluate(() => {
        for (const key of Object.keys(window.localStorage))
          if (key.startsWith("reconnect:draft:")) window.localStorage.removeItem(key);
      });
    });

    it("'Add someone' keeps its words through 'Get help now', Back and a reload, and lets them go once saved", async () => {
      const page = await signIn("/circle");
      const circle = new CirclePage(page);
      await circle.waitForHeading("Your circle");
      await circle.addButton.click();
      await circle.field(circle.addForm, "Name").fill("Priya");
      await circle
        .field(circle.addForm, "How you know them (optional)")
        .fill("Neighbour, two doors down");
      await circle.field(circle.addForm, "How they like to hear from you").selectOption("call");

      // "Get help now" is a full page load to the server's /crisis page.
      await circle.helpLink.click();
      await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.goBack();
      await circle.waitForHeading("Your circle");
      await circle.draftNotice(circle.addForm).getByText("Your draft is still here").waitFor();
      expect(await circle.field(circle.addForm, "Name").inputValue()).toBe("Priya");
      expect(await circle.field(circle.addForm, "How you know them (optional)").inputValue()).toBe(
        "Neighbour, two doors down",
      );
      expect(
        await circle.field(circle.addForm, "How they like to hear from you").inputValue(),
      ).toBe("call");
      expect(await violations(page)).toEqual([]);

      await page.reload();
      await circle.waitForHeading("Your circle");
      await circle.draftNotice(circle.addForm).waitFor();
      expect(await circle.field(circle.addForm, "Name").inputValue(), "after a reload").toBe(
        "Priya",
      );

      // Saved, the draft has done its work.
      await circle.button(circle.addForm, "Save").click();
      await circle.cardHeading("Priya").waitFor();
      expect(await draftKeys(page)).toEqual([]);
      await page.reload();
      await circle.cardHeading("Priya").waitFor();
      expect(await circle.addForm.count()).toBe(0);
    });

    it("a change of details comes back after a reload, is discarded by keyboard, and Cancel lets it go", async () => {
      const page = await signIn("/circle");
      const circle = new CirclePage(page);
      await circle.waitForHeading("Your circle");
      const added = await page.request.post(`${journey.server.baseUrl}/api/people`, {
        data: {
          name: "Tomás",
          relationship: "Neighbour, two doors down",
          contactPreference: "message",
          wantedEveryDays: 14,
        },
      });
      expect(added.ok(), await added.text()).toBe(true);
      await page.reload();
      await circle.cardHeading("Tomás").waitFor();
      await circle.changeButton("Tomás").click();
      const form = circle.changeForm("Tomás");
      const relationship = circle.field(form, "How you know them (optional)");
      await relationship.fill("Neighbour, and my walking friend");

      await page.reload();
      await circle.waitForHeading("Your circle");
      const notice = circle.draftNotice(form);
      await notice.getByText("different from what you saved").waitFor();
      expect(await relationship.inputValue()).toBe("Neighbour, and my walking friend");
      expect(await violations(page)).toEqual([]);

      await discardDraftByKeyboard(
        page,
        notice,
        page.getByRole("heading", { level: 1, name: "Your circle" }),
        async () =>
          expect(await relationship.inputValue()).toBe("Neighbour, and my walking friend"),
      );
      expect(await relationship.inputValue()).toBe("Neighbour, two doors down");
      expect(await draftKeys(page)).toEqual([]);
      expect(await violations(page)).toEqual([]);

      // Cancel is a choice to leave it: what was typed goes with the form.
      await relationship.fill("Neighbour");
      expect(await draftKeys(page)).toHaveLength(1);
      await circle.button(form, "Cancel").click();
      await form.waitFor({ state: "detached" });
      expect(await draftKeys(page)).toEqual([]);
      await page.reload();
      await circle.cardHeading("Tomás").waitFor();
      expect(await form.count()).toBe(0);
    });

    it("a change kept for someone removed on another device goes once the circle is shown", async () => {
      const page = await signIn("/circle");
      const circle = new CirclePage(page);
      await circle.waitForHeading("Your circle");
      const ids: Record<string, string> = {};
      for (const name of ["Rowan", "Dee"]) {
        const added = await page.request.post(`${journey.server.baseUrl}/api/people`, {
          data: { name, relationship: "", contactPreference: "message", wantedEveryDays: 14 },
        });
        expect(added.ok(), await added.text()).toBe(true);
        ids[name] = ((await added.json()) as { id: string }).id;
      }
      await page.reload();
      await circle.cardHeading("Dee").waitFor();
      await circle.changeButton("Dee").click();
      await circle.field(circle.changeForm("Dee"), "How you know them (optional)").fill("Cousin");
      await circle.addButton.click();
      await circle.field(circle.addForm, "Name").fill("Priya");
      const [deeKey, newKey] = [
        (await draftKeys(page)).find((key) => key.endsWith(`:${ids.Dee}`)),
        // Someone being added is kept under a name of this tab's own.
        (await draftKeys(page)).find((key) => /:new-[0-9a-f]+$/.test(key)),
      ];
      expect(deeKey).toBeDefined();
      expect(newKey).toBeDefined();

      // Removed elsewhere: no card here opens that change again.
      const removed = await page.request.delete(
        `${journey.server.baseUrl}/api/people/${encodeURIComponent(ids.Dee ?? "")}`,
        // The server's CSRF rule: a change is sent as JSON.
        { headers: { "content-type": "application/json" } },
      );
      expect(removed.ok(), await removed.text()).toBe(true);
      await page.reload();
      await circle.cardHeading("Rowan").waitFor();
      // Someone being added is no saved person's: their draft stays. The other goes once the
      // server has said the circle shown was this person's.
      await expect.poll(() => draftKeys(page)).toEqual([newKey]);
      await circle.draftNotice(circle.addForm).waitFor();
    });

    it("a page left open when someone else signs in elsewhere goes to sign-in, shows none of their circle, and keeps the first person's drafts", async () => {
      const page = await signIn("/circle");
      const circle = new CirclePage(page);
      await circle.waitForHeading("Your circle");
      const base = journey.server.baseUrl;
      const added = await page.request.post(`${base}/api/people`, {
        data: { name: "Noor", relationship: "", contactPreference: "message", wantedEveryDays: 14 },
      });
      expect(added.ok(), await added.text()).toBe(true);
      const invited = await page.request.post(`${base}/api/invitations`, { data: {} });
      expect(invited.status()).toBe(201);
      const { url } = (await invited.json()) as { url: string };
      await page.reload();
      await circle.cardHeading("Noor").waitFor();
      await circle.changeButton("Noor").click();
      await circle.field(circle.changeForm("Noor"), "How you know them (optional)").fill("Aunt");
      const kept = await draftKeys(page);
      expect(kept).toHaveLength(1);

      // This tab's session ends, and in another tab someone else joins and is signed in: the
      // cookie this tab sends now names them, while the tab still shows the first person.
      // Joining sent with the first person's cookie ends that session and sets the new one in the
      // same answer, so there is no moment without a cookie: what brings this tab to sign-in is the
      // account it names on its requests, not a session gone.
      await (await circle.reveal(circle.checkinLink)).click();
      await new CheckinPage(page).waitUntilToday();
      const joined = await page.request.post(
        `${base}/api${url.replace("/join/", "/invitations/")}/accept`,
        { data: { username: "robin", password: "robin's own long password" } },
      );
      expect(joined.status()).toBe(201);
      // Not `open()`: the screen's first request is refused, so its heading may never be drawn.
      await (await circle.reveal(circle.navLink)).click();
      // The page names the first person on every request, so the server answers none of them as
      // Robin: the page goes to sign-in, saying only that it was signed out on this browser, shows
      // nothing of Robin's circle, and keeps the first person's draft for their next sign-in.
      await page.getByText("You've been signed out on this browser.").waitFor();
      expect(await page.getByText("Nobody here yet.").count()).toBe(0);
      expect(await draftKeys(page), "once the page is signed out").toEqual(kept);
    });
  },
);

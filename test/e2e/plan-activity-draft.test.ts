import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { JoinPage } from "./pages/JoinPage.js";
import { PeoplePage } from "./pages/PeoplePage.js";
import { type OwnActivity, PlanPage } from "./pages/PlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const ROBIN = { username: "robin", password: "another quiet evening" } as const;

const OWN: OwnActivity = {
  title: "Sit on the back step with tea",
  area: "Enjoyment",
  effort: "Tiny",
  minutes: 5,
  social: false,
  firstStep: "Put the kettle on",
};

/** Every draft key left on the device, whoever wrote it. */
function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
  );
}

describe.skipIf(browserUnavailable())("an own activity being typed on the Plan screen", () => {
  const journey = useJourney({
    locale: "en-GB",
    reducedMotion: "reduce",
    viewport: { width: 390, height: 844 },
  });
  let ownerMade = false;

  async function signIn({ page, server }: Journey, who = OWNER): Promise<PlanPage> {
    if (!ownerMade) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, `${server.baseUrl}/plan`);
    const signInPage = new SignInPage(page);
    await signInPage.waitUntilShown();
    await signInPage.signIn(who.username, who.password);
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    return plan;
  }

  /** The add form, its notice and its two words, as they stand after coming back. */
  async function expectKept(plan: PlanPage, why: string): Promise<void> {
    const form = plan.activities.form("Add your own activity");
    await form.waitFor();
    await form.locator(".draft-notice").getByText("Your draft is still here").waitFor();
    expect(await form.getByLabel("Activity", { exact: true }).inputValue(), why).toBe(OWN.title);
    expect(await form.getByLabel("A tiny first step", { exact: true }).inputValue(), why).toBe(
      OWN.firstStep,
    );
    expect(await form.getByLabel("Minutes", { exact: true }).inputValue(), why).toBe("5");
  }

  it("keeps its words through 'Get help now', Back and a reload, and lets them go once saved", async () => {
    const { page } = journey;
    const plan = await signIn(journey);
    await plan.activities.open();
    await plan.activities.startOwn(OWN);

    // "Get help now" is a full page load to the server's /crisis page.
    await plan.helpLink.click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goBack();
    await plan.waitUntilShown();
    await expectKept(plan, "after help and Back");
    expect(await violations(page)).toEqual([]);

    await page.reload();
    await plan.waitUntilShown();
    await expectKept(plan, "after a reload");

    // Saved, the draft has done its work.
    const form = plan.activities.form("Add your own activity");
    await form.getByRole("button", { name: "Save" }).click();
    await plan.activities.status.filter({ hasText: `Added: ${OWN.title}.` }).waitFor();
    expect(await draftKeys(page)).toEqual([]);
    await page.reload();
    await plan.waitUntilShown();
    await plan.activities.open();
    await plan.activities.area("Enjoyment").filter({ hasText: OWN.title }).waitFor();
    expect(await form.count()).toBe(0);
  });

  it("'Discard the draft' asks once, then empties the form and puts focus on the heading", async () => {
    const { page } = journey;
    const plan = await signIn(journey);
    await plan.activities.open();
    await plan.activities.startOwn({ ...OWN, title: "Text Jo back", firstStep: "Open messages" });
    await page.reload();
    await plan.waitUntilShown();
    const form = plan.activities.form("Add your own activity");
    const notice = form.locator(".draft-notice");
    await notice.waitFor();
    await notice.getByRole("button", { name: "Discard the draft" }).click();
    await notice.getByRole("button", { name: "Keep it" }).click();
    expect(await form.getByLabel("Activity", { exact: true }).inputValue()).toBe("Text Jo back");
    await notice.getByRole("button", { name: "Discard the draft" }).click();
    await notice.getByRole("button", { name: "Yes, discard it" }).click();
    await notice.waitFor({ state: "detached" });
    expect(await form.getByLabel("Activity", { exact: true }).inputValue()).toBe("");
    expect(await form.getByLabel("A tiny first step", { exact: true }).inputValue()).toBe("");
    await plan.activities.expectFocused(plan.heading);
    expect(await draftKeys(page)).toEqual([]);
  });

  it("a change to an own activity keeps its words through 'Get help now', Back and a reload, until saved", async () => {
    const { page, server } = journey;
    const plan = await signIn(journey);
    const added = await page.request.post(`${server.baseUrl}/api/activities`, {
      data: {
        title: "Water the plants",
        area: "body-routine",
        effort: "tiny",
        minutes: 5,
        social: false,
        firstStep: "Fill the can",
      },
    });
    expect(added.ok(), await added.text()).toBe(true);
    await page.reload();
    await plan.waitUntilShown();
    await plan.activities.open();
    await plan.activities.press(page.getByRole("button", { name: "Edit: Water the plants" }));
    const form = plan.activities.form("Edit: Water the plants");
    const title = form.getByLabel("Activity", { exact: true });
    await plan.activities.expectFocused(title);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Water the plants on the sill");

    await plan.helpLink.click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    await page.goBack();
    await plan.waitUntilShown();
    await form.locator(".draft-notice").getByText("different from what you saved").waitFor();
    expect(await title.inputValue()).toBe("Water the plants on the sill");
    expect(await form.getByLabel("A tiny first step", { exact: true }).inputValue()).toBe(
      "Fill the can",
    );
    await page.reload();
    await plan.waitUntilShown();
    await form.locator(".draft-notice").waitFor();
    expect(await title.inputValue()).toBe("Water the plants on the sill");

    await form.getByRole("button", { name: "Save" }).click();
    await plan.activities.status
      .filter({ hasText: "Saved: Water the plants on the sill." })
      .waitFor();
    expect(await draftKeys(page)).toEqual([]);
  });

  it("a broken draft is dropped quietly, and Cancel lets the words go", async () => {
    const { page, server } = journey;
    const plan = await signIn(journey);
    const session = await (await page.request.get(`${server.baseUrl}/api/session`)).json();
    // Kept under the one shared name an earlier release used: still read, as words nobody is writing.
    const key = `reconnect:draft:activity:${session.user.id as string}:new`;
    for (const stored of [
      "{not json",
      JSON.stringify({ v: 0, value: { title: "old" } }),
      JSON.stringify({ v: 1, value: { ...OWN, minutes: 5, area: "nowhere" } }),
    ]) {
      await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [key, stored] as const);
      await page.reload();
      await plan.waitUntilShown();
      await plan.activities.waitUntilSettled();
      expect(await plan.activities.form("Add your own activity").count(), stored).toBe(0);
      expect(await draftKeys(page), stored).toEqual([]);
    }

    await plan.activities.open();
    const form = await plan.activities.startOwn(OWN);
    // This tab's own draft now, under a name of its own.
    const mine = await draftKeys(page);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.startsWith(`${key}-`), mine[0]).toBe(true);
    await form.getByRole("button", { name: "Cancel" }).click();
    await form.waitFor({ state: "detached" });
    expect(await draftKeys(page)).toEqual([]);
  });

  it("is never shown to another person who signs in on the same device", async () => {
    const { page, server } = journey;
    let plan = await signIn(journey);
    const people = new PeoplePage(page);
    await people.open();
    const link = await people.invite();

    await openPage(page, `${server.baseUrl}/plan`);
    plan = new PlanPage(page);
    await plan.waitUntilShown();
    await plan.activities.open();
    await plan.activities.startOwn(OWN);
    const session = await (await page.request.get(`${server.baseUrl}/api/session`)).json();
    const ownerId: string = session.user.id;
    const [keptKey] = await draftKeys(page);
    expect(keptKey?.startsWith(`reconnect:draft:activity:${ownerId}:new`), keptKey).toBe(true);
    const kept = await page.evaluate((key) => window.localStorage.getItem(key), keptKey ?? "");
    expect(kept).not.toBeNull();

    // Signing out asks, as for any unsaved words, and clears them.
    await plan.signOutAsked("Something you wrote isn't saved yet");
    await page.getByRole("button", { name: "Sign out and delete them" }).click();
    await plan.waitForHeading("Sign in");
    expect(await draftKeys(page)).toEqual([]);

    // Even a draft of the owner's left behind (a session that simply ran out) stays theirs.
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      keptKey ?? "",
      kept ?? "",
    ] as const);
    await openPage(page, link);
    const join = new JoinPage(page);
    await join.waitUntilShown();
    await join.join(ROBIN.username, ROBIN.password);
    await new CheckinPage(page).waitUntilToday();
    await openPage(page, `${server.baseUrl}/plan`);
    await plan.waitUntilShown();
    await plan.activities.waitUntilSettled();
    expect(await plan.activities.form("Add your own activity").count()).toBe(0);
    expect(await page.locator(".draft-notice").count()).toBe(0);
    await plan.activities.open();
    expect(await page.getByText(OWN.title).count()).toBe(0);
    expect(await page.locator(".draft-notice").count()).toBe(0);
  });
});

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type NextStepPanel, recordWithNextStep } from "./pages/NextStepPanel.js";
import { CirclePage, PlanPage } from "./pages/PlanPage.js";
import { ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { discardDraftByKeyboard } from "./support/discard-draft.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };
const STEP = "Send Alex a photo of the garden tonight";

/** Every draft key left on the device, whoever wrote it. */
function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
  );
}

/**
 * Saves, through the API, another record whose balanced thought offers the same step as the one
 * open, and opens it: its id.
 */
async function openAnotherRecordOfferingTheStep(
  record: ThoughtRecordPage,
  next: NextStepPanel,
  baseUrl: string,
): Promise<string> {
  const other = await record.page.request.post(`${baseUrl}/api/thoughts`, {
    data: {
      thought: "Nobody wants to hear from me",
      balancedThought: "Alex keeps writing to me. I can send Alex one line.",
    },
  });
  expect(other.ok(), await other.text()).toBe(true);
  const { id } = (await other.json()) as { id: string };
  await record.page.goto(`${baseUrl}/thoughts/${encodeURIComponent(id)}`);
  await backOnRecord(record, next);
  return id;
}

/** Back on the saved record after leaving it: its one page, and the step panel on it. */
async function backOnRecord(record: ThoughtRecordPage, next: NextStepPanel): Promise<void> {
  await record.waitForHeading("Your thought record");
  await record.page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
  await next.region.waitFor();
}

describe.skipIf(browserUnavailable())("a next small step being typed, kept on the device", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("'Plan this' keeps its words through 'Get help now', Back and a reload, and lets them go once added", async () => {
    const { page } = journey;
    await signIn("/thoughts/new");
    const next = await recordWithNextStep(page);
    const record = new ThoughtRecordPage(page);
    await next.planThis.click();
    await next.what.fill(STEP);
    await next.guessEnjoyment(4);

    // "Get help now" is a full page load to the server's /crisis page.
    await record.helpLink.click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goBack();
    await backOnRecord(record, next);
    await next.draftNotice(next.planForm).getByText("Your draft is still here").waitFor();
    expect(await next.what.inputValue(), "after help and Back").toBe(STEP);
    expect(await next.guessed(), "after help and Back").toBe(4);
    expect(await violations(page)).toEqual([]);

    await page.reload();
    await backOnRecord(record, next);
    await next.draftNotice(next.planForm).waitFor();
    expect(await next.what.inputValue(), "after a reload").toBe(STEP);
    expect(await next.guessed(), "after a reload").toBe(4);

    // Away by the screen's own link and back again: still there.
    await page.getByRole("link", { name: "Back to your thoughts" }).click();
    await page.getByRole("heading", { level: 1, name: "Your thoughts" }).waitFor();
    await page.goBack();
    await backOnRecord(record, next);
    expect(await next.what.inputValue(), "after the thoughts list and Back").toBe(STEP);

    // Added, the draft has done its work: the record opens again with the offer as it was.
    await next.planForm.getByRole("button", { name: "Add to my plan" }).click();
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await expect(plan.plan.filter({ hasText: STEP }).count()).resolves.toBe(1);
    expect(await draftKeys(page)).toEqual([]);
    await page.goBack();
    await backOnRecord(record, next);
    await next.planThis.waitFor();
    expect(await next.planForm.count()).toBe(0);
  });

  it("a kept 'Plan this' comes back for today, not a day gone by, and once cancelled opens on the thought's own words", async () => {
    const { page } = journey;
    await signIn("/thoughts/new");
    const next = await recordWithNextStep(page);
    const record = new ThoughtRecordPage(page);
    await next.planThis.click();
    const today = await next.planForm.getByLabel("Which day").inputValue();
    await next.what.fill(STEP);

    // Left a week ago: the draft's day is now behind us.
    const [key] = await draftKeys(page);
    if (key === undefined) throw new Error("no draft was kept");
    await page.evaluate((k) => {
      const kept = JSON.parse(window.localStorage.getItem(k) ?? "{}");
      kept.value.date = "2020-01-06";
      window.localStorage.setItem(k, JSON.stringify(kept));
    }, key);
    await page.reload();
    await backOnRecord(record, next);
    await next.draftNotice(next.planForm).waitFor();
    expect(await next.what.inputValue()).toBe(STEP);
    expect(await next.planForm.getByLabel("Which day").inputValue()).toBe(today);

    // Cancelled, the words are let go: opened again without a reload, no draft comes back.
    await next.planForm.getByRole("button", { name: "Cancel" }).click();
    await next.planForm.waitFor({ state: "detached" });
    await next.planThis.click();
    await next.planForm.waitFor();
    expect(await next.what.inputValue()).not.toBe(STEP);
    expect(await next.draftNotice(next.planForm).count()).toBe(0);
    expect(await draftKeys(page)).toEqual([]);
  });

  it("'Add to my circle' comes back only to its own record, and is discarded by keyboard", async () => {
    const { page, server } = journey;
    await signIn("/thoughts/new");
    const next = await recordWithNextStep(page);
    const record = new ThoughtRecordPage(page);
    const address = page.url();
    await next.addToCircle.click();
    await next.name.fill("Alex from work");

    // Another record that offers the same step opens with no draft of this one's.
    await openAnotherRecordOfferingTheStep(record, next, server.baseUrl);
    expect(await next.circleForm.count()).toBe(0);
    expect(await page.locator(".draft-notice").count()).toBe(0);

    await page.goto(address);
    await backOnRecord(record, next);
    const notice = next.draftNotice(next.circleForm);
    await notice.waitFor();
    expect(await next.name.inputValue()).toBe("Alex from work");
    expect(await violations(page)).toEqual([]);

    await discardDraftByKeyboard(
      page,
      notice,
      page.getByRole("heading", { level: 1, name: "Your thought record" }),
      async () => expect(await next.name.inputValue()).toBe("Alex from work"),
    );
    // Back to the name the thought gave, with nothing kept.
    expect(await next.name.inputValue()).toBe("Alex");
    expect(await draftKeys(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);

    // Cancel is a choice to leave it: what was typed goes with the form.
    await next.name.fill("Alex B");
    expect(await draftKeys(page)).toHaveLength(1);
    await next.circleForm.getByRole("button", { name: "Cancel" }).click();
    await next.circleForm.waitFor({ state: "detached" });
    expect(await draftKeys(page)).toEqual([]);
    await page.reload();
    await backOnRecord(record, next);
    expect(await next.circleForm.count()).toBe(0);

    // Added, it is gone too.
    await next.addToCircle.click();
    await next.name.fill("Alex B");
    await page.reload();
    await backOnRecord(record, next);
    await next.draftNotice(next.circleForm).waitFor();
    await next.circleForm.getByRole("button", { name: "Add to my circle" }).click();
    await new CirclePage(page).waitUntilShown();
    await page.getByRole("heading", { level: 2, name: "Alex B" }).waitFor();
    expect(await draftKeys(page)).toEqual([]);
  });

  it("a step kept for a record deleted on another device goes once the thoughts list is shown", async () => {
    const { page, server } = journey;
    await signIn("/thoughts/new");
    const next = await recordWithNextStep(page);
    // Saved as it was written: nothing of the record is left kept as if unsaved.
    expect(await draftKeys(page)).toEqual([]);
    const record = new ThoughtRecordPage(page);
    await next.planThis.click();
    await next.what.fill(STEP);
    const kept = (await draftKeys(page)).sort();
    expect(kept.filter((key) => key.includes(":next-step:"))).toHaveLength(1);

    const id = await openAnotherRecordOfferingTheStep(record, next, server.baseUrl);
    await next.addToCircle.click();
    await next.name.fill("Alex from work");
    expect((await draftKeys(page)).filter((key) => key.endsWith(`:${id}`))).toHaveLength(1);

    // Deleted elsewhere: nothing on this device opens that record, or its step, again.
    const removed = await page.request.delete(
      `${server.baseUrl}/api/thoughts/${encodeURIComponent(id)}`,
      // The server's CSRF rule: a change is sent as JSON.
      { headers: { "content-type": "application/json" } },
    );
    expect(removed.ok(), await removed.text()).toBe(true);
    await page.goto(`${server.baseUrl}/thoughts`);
    await page
      .getByRole("link", { name: /I always ruin everything/ })
      .first()
      .waitFor();
    // What is kept for the record still there stays; the rest goes once the server has said
    // the list was this person's.
    await expect.poll(async () => (await draftKeys(page)).sort()).toEqual(kept);
  });
});

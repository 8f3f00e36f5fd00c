import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { safetyPlanSteps } from "../../src/core/safety-plan/safety-plan.schema.js";
import { SafetyPlanPage, saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { browserUnavailable } from "./support/browser.js";
import { refuseWithTheWorkerInCharge } from "./support/held-requests.js";
import { type Journey, useJourney } from "./support/journey.js";
import {
  goOffline,
  reloadInTheWorkersCharge,
  untilAnswersKept,
  untilKeptOnDevice,
} from "./support/offline-device.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const FIRST = { warningSigns: ["I stop eating properly"], reasonsForLiving: ["My sister's laugh"] };
/** The plan as the person rewrote it on another device while this one had no network. */
const ELSEWHERE = {
  warningSigns: ["I stop eating properly", "I cancel on everyone"],
  copingAlone: ["A hot shower, then the balcony for ten minutes"],
  reasonsForLiving: ["My sister's laugh", "The dog"],
};
const HERE = "Alex, who said to call any time";
/** The short line pinned at the bottom; the whole of it is in the notice near the top. */
const SAVED_TOGETHER = /^Saved, with changes from another device too\.$/;

/** Saves the plan as another device of the same person would, past this browser's network. */
async function saveElsewhere({ context, server }: Journey): Promise<void> {
  const cookie = (await context.cookies(server.baseUrl)).map((c) => `${c.name}=${c.value}`);
  // This device was really offline: its line has not reached the server.
  const before = await fetch(`${server.baseUrl}/api/safety-plan`, {
    headers: { cookie: cookie.join("; ") },
  });
  expect(((await before.json()) as { peopleToAsk: string[] }).peopleToAsk).toEqual([]);
  const body = Object.fromEntries(
    safetyPlanSteps.map((step) => [step, ELSEWHERE[step as keyof typeof ELSEWHERE] ?? []]),
  );
  const response = await fetch(`${server.baseUrl}/api/safety-plan`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie: cookie.join("; ") },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

/** Every step of the plan as the server keeps it now. */
async function kept(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => (await fetch("/api/safety-plan")).json());
}

/** Opens the editor on a saved plan, and adds a line there with no network, kept on the device. */
async function addOffline(
  { page, context }: Journey,
  signIn: (path: string) => Promise<Page>,
  { leaving }: { leaving: boolean },
) {
  await signIn("/safety-plan");
  await new SafetyPlanPage(page).waitForHeading("My safety plan");
  expect(await saveSafetyPlan(page, FIRST)).toBe(200);
  await reloadInTheWorkersCharge(page);
  const plan = new SafetyPlanPage(page);
  await plan.editWhenLoaded();
  // Offline only once the worker is in charge and the plan is kept on the device, as after any
  // visit: going offline while the worker was still installing left each run a different device.
  await untilKeptOnDevice(page);
  await untilAnswersKept(page, ["/api/safety-plan"]);
  // On the pages that are left, offline for every save too, not only in the browser's mode: a
  // save sent as the page was left (to about:blank) went out all the same, and when its answer
  // came back before the page was gone the draft was let go, so the test's other device (which
  // sends no version) wrote over the line (`goOffline`).
  const back = leaving
    ? (await goOffline(context)).back
    : async () => {
        await context.setOffline(false);
      };
  if (!leaving) await context.setOffline(true);
  await plan.add("People I can ask for help", HERE);
  await plan.status.filter({ hasText: /kept on this device/ }).waitFor();
  return { plan, back };
}

/** Nothing either device wrote is gone: the other device's lines and this one's are all kept. */
function expectBoth(saved: Record<string, string[]>): void {
  expect(saved.warningSigns).toEqual(ELSEWHERE.warningSigns);
  expect(saved.copingAlone).toEqual(ELSEWHERE.copingAlone);
  expect(saved.reasonsForLiving).toEqual(ELSEWHERE.reasonsForLiving);
  expect(saved.peopleToAsk).toEqual([HERE]);
}

/*
 * A line added to the safety plan with no network waits on the device and is saved when the
 * network is back. Meanwhile the person may have changed the plan on another device (with a
 * therapist, say). The whole plan is saved at once, so sending this device's copy as it stood
 * would put back the plan as it was before and silently drop what was written elsewhere: the
 * reasons for living, the ways of coping. Both are kept instead, and the person is told.
 */
describe.skipIf(browserUnavailable())("a safety plan changed on another device meanwhile", () => {
  const journey = useJourney({ locale: "en-GB", reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("keeps both when the network comes back with the page still open", async () => {
    const { plan, back } = await addOffline(journey, signIn, { leaving: false });
    await saveElsewhere(journey);
    await back();
    await plan.status.filter({ hasText: SAVED_TOGETHER }).waitFor();
    await plan.notice.filter({ hasText: /changed somewhere else too.*Saved\./ }).waitFor();
    expectBoth(await kept(journey.page));
    expect(await plan.values("My reasons for living")).toEqual(ELSEWHERE.reasonsForLiving);
  });

  it("keeps both when the plan is opened again later, with the draft brought back", async () => {
    const { page, server } = journey;
    const { back } = await addOffline(journey, signIn, { leaving: true });
    await page.goto("about:blank");
    await saveElsewhere(journey);
    await back();
    await page.goto(`${server.baseUrl}/safety-plan`);
    const plan = new SafetyPlanPage(page);
    await plan.status.filter({ hasText: SAVED_TOGETHER }).waitFor();
    await plan.notice.filter({ hasText: /changed somewhere else too.*Saved\./ }).waitFor();
    expectBoth(await kept(page));
    expect(await plan.values("People I can ask for help")).toEqual([HERE]);
  });

  it("keeps both when the page opened again can read only the copy kept on the device", async () => {
    const { page, server } = journey;
    const { back } = await addOffline(journey, signIn, { leaving: true });
    await page.goto("about:blank");
    await saveElsewhere(journey);
    await back();
    // The plan's own request fails as on a flaky signal, so the page reads the copy kept on the
    // device, from before the change elsewhere; its save must not put that copy back.
    const refusal = await refuseWithTheWorkerInCharge(page, "*/api/safety-plan", "GET");
    await page.goto(`${server.baseUrl}/safety-plan`);
    const plan = new SafetyPlanPage(page);
    await plan.status.filter({ hasText: SAVED_TOGETHER }).waitFor();
    await plan.notice.filter({ hasText: /changed somewhere else too.*Saved\./ }).waitFor();
    expect(refusal.refused()).toBeGreaterThan(0);
    await refusal.stop();
    expectBoth(await kept(page));
    expect(await plan.values("My reasons for living")).toEqual(ELSEWHERE.reasonsForLiving);
  });
});

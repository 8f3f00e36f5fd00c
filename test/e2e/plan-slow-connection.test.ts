import { describe, expect, it } from "vitest";
import { PlanPage } from "./pages/PlanPage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests, tapTwiceAtOnce } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * On a phone with a slow connection nothing seems to happen after "Add to my plan", so a tired
 * thumb taps again. Each tap used to plan the step once more: the week then held the same small
 * step twice, one of them left to be let go.
 */
describe.skipIf(browserUnavailable())("planning a step on a slow connection", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("plans it once however often the button is tapped, and says it is on its way", async () => {
    const page = await signIn("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    const title = (await plan.suggestions.first().getByRole("heading").textContent()) ?? "";
    const form = await plan.startPlanning(title, 5);

    // The step is held on its way while the button is tapped again.
    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/plans",
      (method) => method === "POST",
    );
    const add = plan.addButton(form);
    await add.tap();
    await form.getByRole("button", { name: "Adding…" }).waitFor();
    await add.tap();
    release();

    await page.getByRole("status").getByText(title, { exact: false }).waitFor();
    await stop();
    expect(sent).toHaveLength(1);
    await expect.poll(() => plan.plan.filter({ hasText: title }).count()).toBe(1);
  });

  it("adds an activity of one's own once, however fast Save is tapped", async () => {
    const page = await signIn("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await plan.activities.open();
    const form = await plan.activities.startOwn({
      title: "Water the plants",
      area: "Body",
      effort: "Tiny",
      minutes: 5,
      social: false,
      firstStep: "Fill the can",
    });

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/activities",
      (method) => method === "POST",
    );
    await tapTwiceAtOnce(form.getByRole("button", { name: "Save", exact: true }));
    release();
    await form.waitFor({ state: "detached" });
    await stop();
    expect(sent).toEqual(["POST"]);
    const listed = await page.request.get(`${journey.server.baseUrl}/api/activities`);
    const { activities } = (await listed.json()) as { activities: { title: string }[] };
    expect(activities.filter((a) => a.title === "Water the plants")).toHaveLength(1);
  });

  it("says how a step went once, however fast Save is tapped, and that it is on its way", async () => {
    const page = await signIn("/plan");
    const plan = new PlanPage(page);
    const title = await plan.planFirstSuggestion(5);
    const form = await plan.startRating(title, 7, 6);

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/plans/*",
      (method) => method === "PATCH",
    );
    await tapTwiceAtOnce(form.locator('button[type="submit"]'));
    await form.getByRole("button", { name: "Saving…" }).waitFor();
    release();
    await plan.plan.filter({ hasText: title }).getByText("Enjoyed it 7 out of 10").waitFor();
    await stop();
    expect(sent).toEqual(["PATCH"]);
  });

  it("lets a step go once, however fast the button is tapped", async () => {
    const page = await signIn("/plan");
    const plan = new PlanPage(page);
    const title = await plan.planFirstSuggestion(5);

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/plans/*",
      (method) => method === "PATCH",
    );
    await tapTwiceAtOnce(page.getByRole("button", { name: `Let it go: ${title}` }));
    await page.getByRole("button", { name: `Letting it go…: ${title}` }).waitFor();
    release();
    await plan.plan
      .filter({ hasText: title })
      .getByText("letting one go is part of planning", { exact: false })
      .waitFor();
    await stop();
    expect(sent).toEqual(["PATCH"]);
  });

  it("makes one calendar link however fast it is tapped, and the one shown works", async () => {
    const page = await signIn("/plan");
    await new PlanPage(page).waitUntilShown();
    const calendar = page.getByRole("region", { name: "In your calendar" });
    const make = calendar.getByRole("button", { name: "Make a private link" });
    await make.waitFor();

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/calendar/feed",
      (method) => method === "POST",
    );
    await tapTwiceAtOnce(make);
    await calendar.getByRole("button", { name: "Making the link…" }).waitFor();
    release();
    const link = calendar.getByLabel("Your private calendar link");
    await link.waitFor();
    await stop();
    expect(sent).toEqual(["POST"]);
    expect((await page.request.get(await link.inputValue())).status()).toBe(200);
  });
});

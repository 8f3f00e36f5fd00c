import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

// A day's connection saved as a link to someone in the circle with no name typed (an imported
// day, one written through the API) showed an empty name field and nothing else to say who it was.

describe.skipIf(browserUnavailable())("a day's connection with someone in the circle", () => {
  const journey = useJourney();
  const signIn = ownerSignIn(journey);

  it("says who it was with: their name from the circle, or a plain fallback once they left", async () => {
    const page = await signIn("/");
    const { server } = journey;
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();

    const person = (name: string) =>
      page.request.post(`${server.baseUrl}/api/people`, {
        data: { name, relationship: "", contactPreference: "any", wantedEveryDays: 7 },
      });
    const jo = await (await person("Jo")).json();
    const today = localDateOf(new Date());
    const saved = await page.request.put(`${server.baseUrl}/api/checkins/${today}`, {
      data: {
        mood: 5,
        connections: [
          { mode: "call", personId: jo.id },
          // Kept as sent though it names no one here (see API.md): someone since removed.
          { mode: "message", personId: "someone-gone" },
        ],
      },
    });
    expect(saved.status(), await saved.text()).toBe(200);

    await page.reload();
    await checkin.waitUntilToday();
    const first = page.getByRole("group", { name: "Connection 1" });
    await first.getByText("With Jo").waitFor();
    const second = page.getByRole("group", { name: "Connection 2" });
    await second.getByText("With someone from your circle").waitFor();
    expect(await violations(page)).toEqual([]);
  });
});

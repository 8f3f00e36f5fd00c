import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Bundle, Observation } from "../../src/core/fhir/fhir-resources.js";
import { fhirProblems } from "../support/fhir-validation.js";
import { YourDataPage } from "./pages/YourDataPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { viewport: { width: 390, height: 844 }, reducedMotion: "reduce" } as const;

describe.skipIf(browserUnavailable())("taking check-ups to a health record", () => {
  const journey = useJourney(PHONE);
  const signInAt = ownerSignIn(journey);

  it("downloads the check-ups as one valid FHIR R4 bundle from the your-data screen", async () => {
    const { page, server, context } = journey;
    await signInAt("/");
    const yourData = new YourDataPage(page);
    await yourData.nav.waitFor();
    for (const checkUp of [
      { instrument: "phq9", answers: [2, 2, 1, 1, 0, 1, 1, 0, 0] },
      { instrument: "ucla3", answers: [3, 2, 2] },
    ]) {
      const saved = await context.request.post(`${server.baseUrl}/api/assessments`, {
        data: checkUp,
      });
      expect(saved.status()).toBe(201);
    }

    await yourData.open();
    await expect(yourData.healthRecordLink.isVisible()).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);

    const bundle: Bundle = JSON.parse(
      readFileSync(await yourData.downloadForHealthRecord(), "utf8"),
    );
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(fhirProblems(bundle)).toEqual([]);
    const totals = bundle.entry
      .map((entry) => entry.resource)
      .filter((resource): resource is Observation => resource.resourceType === "Observation")
      .filter((observation) => observation.valueQuantity !== undefined)
      .map((observation) => [observation.code.coding[0]?.code, observation.valueQuantity?.value]);
    expect(totals).toEqual([
      ["44261-6", 8],
      ["total", 7],
    ]);
  });
});

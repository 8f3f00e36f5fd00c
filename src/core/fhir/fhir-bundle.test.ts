import { describe, expect, it } from "vitest";
import { fhirProblems } from "../../../test/support/fhir-validation.js";
import type { AssessmentRecord } from "../assessments/assessment-record.schema.js";
import { scorePhq9 } from "../assessments/phq9.js";
import { scoreUcla3 } from "../assessments/ucla3.js";
import { fhirBundle } from "./fhir-bundle.js";
import type {
  Bundle,
  Observation,
  Questionnaire,
  QuestionnaireResponse,
  Resource,
} from "./fhir-resources.js";

/** Ids a test can read: a name-shaped UUID, counted in the order they are asked for. */
function countingIds() {
  const given = new Map<string, string>();
  return (name: string): string => {
    const known = given.get(name);
    if (known) return known;
    const id = `00000000-0000-4000-8000-${String(given.size + 1).padStart(12, "0")}`;
    given.set(name, id);
    return id;
  };
}

const phq9Answers = [1, 1, 2, 1, 0, 1, 2, 3, 1];
const phq9Record: AssessmentRecord = {
  id: "a1",
  instrument: "phq9",
  answers: phq9Answers,
  difficulty: 2,
  ...scorePhq9(phq9Answers),
  takenAt: "2026-11-02T09:30:00.000Z",
};
const ucla3Record: AssessmentRecord = {
  id: "a2",
  instrument: "ucla3",
  answers: [3, 1, 2],
  ...scoreUcla3([3, 1, 2]),
  takenAt: "2026-11-03T10:00:00.000Z",
};

function bundleOf(records: AssessmentRecord[]): Bundle {
  return fhirBundle(records, countingIds(), "2026-11-29T08:00:00.000Z");
}

function ofType<T extends Resource["resourceType"]>(bundle: Bundle, type: T) {
  return bundle.entry
    .map((entry) => entry.resource)
    .filter((resource): resource is Extract<Resource, { resourceType: T }> => {
      return resource.resourceType === type;
    });
}

const codeOf = (observation: Observation) => observation.code.coding[0]?.code;

describe("the FHIR R4 bundle of a person's check-ups", () => {
  it("is valid R4, as a whole and resource by resource", () => {
    const bundle = bundleOf([phq9Record, ucla3Record]);
    expect(fhirProblems(bundle)).toEqual([]);
    for (const { resource } of bundle.entry) expect(fhirProblems(resource)).toEqual([]);
  });

  it("would be found invalid if broken: the validators see a missing status, an unknown element, a bad id", () => {
    const bundle = bundleOf([phq9Record]);
    const response = ofType(bundle, "QuestionnaireResponse")[0];
    const { status: _status, ...withoutStatus } = response ?? {};
    expect(fhirProblems(withoutStatus).join("\n")).toMatch(/status/);
    expect(fhirProblems({ ...response, score: 12 }).join("\n")).toMatch(/score/);
    expect(fhirProblems({ ...response, id: "not an id!" }).join("\n")).toMatch(/id/);
    const total = ofType(bundle, "Observation").at(-1);
    expect(
      fhirProblems({ ...total, valueQuantity: { value: "12", unit: "{score}" } }).join("\n"),
    ).toMatch(/value/);
  });

  it("is a collection whose entries are addressed by their own id", () => {
    const bundle = bundleOf([phq9Record]);
    expect(bundle).toMatchObject({
      resourceType: "Bundle",
      type: "collection",
      timestamp: "2026-11-29T08:00:00.000Z",
    });
    for (const entry of bundle.entry) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
    expect(new Set(bundle.entry.map((entry) => entry.fullUrl)).size).toBe(bundle.entry.length);
  });

  it("holds a Patient with no name or any other detail, marked pseudonymised", () => {
    const [patient, ...others] = ofType(bundleOf([phq9Record]), "Patient");
    expect(others).toEqual([]);
    expect(patient).toEqual({
      resourceType: "Patient",
      id: expect.any(String),
      meta: {
        security: [
          {
            system: "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
            code: "PSEUDED",
            display: "pseudonymized",
          },
        ],
      },
    });
  });

  it("holds the PHQ-9 form: LOINC 44249-1, its items in order, its four answers", () => {
    const phq9 = ofType(bundleOf([]), "Questionnaire").find(
      (form: Questionnaire) => form.code[0]?.code === "44249-1",
    );
    expect(phq9?.code).toEqual([expect.objectContaining({ system: "http://loinc.org" })]);
    expect(phq9?.item.map((item) => item.code[0]?.code)).toEqual([
      "44250-9",
      "44255-8",
      "44259-0",
      "44254-1",
      "44251-7",
      "44258-2",
      "44252-5",
      "44253-3",
      "44260-8",
      "69722-7",
    ]);
    for (const item of phq9?.item.slice(0, 9) ?? []) {
      expect(
        item.answerOption.map(({ valueCoding }) => [valueCoding.code, valueCoding.display]),
      ).toEqual([
        ["LA6568-5", "Not at all"],
        ["LA6569-3", "Several days"],
        ["LA6570-1", "More than half the days"],
        ["LA6571-9", "Nearly every day"],
      ]);
    }
    expect(phq9?.item[0]?.text).toBe("Little interest or pleasure in doing things");
    expect(phq9?.item[9]?.required).toBe(false);
  });

  it("answers each check-up with a completed response, every answer coded", () => {
    const bundle = bundleOf([phq9Record, ucla3Record]);
    const [patient] = ofType(bundle, "Patient");
    const [phq9, ucla3] = ofType(bundle, "QuestionnaireResponse") as QuestionnaireResponse[];
    expect(phq9).toMatchObject({
      status: "completed",
      authored: "2026-11-02T09:30:00.000Z",
      subject: { reference: `urn:uuid:${patient?.id}` },
      questionnaire: "https://reconnect.invalid/fhir/Questionnaire/phq-9",
    });
    expect(phq9?.item.map((item) => [item.linkId, item.answer[0]?.valueCoding.code])).toEqual([
      ["44250-9", "LA6569-3"],
      ["44255-8", "LA6569-3"],
      ["44259-0", "LA6570-1"],
      ["44254-1", "LA6569-3"],
      ["44251-7", "LA6568-5"],
      ["44258-2", "LA6569-3"],
      ["44252-5", "LA6570-1"],
      ["44253-3", "LA6571-9"],
      ["44260-8", "LA6569-3"],
      ["69722-7", "LA6575-0"],
    ]);
    expect(ucla3?.questionnaire).toBe("https://reconnect.invalid/fhir/Questionnaire/ucla-3");
    expect(ucla3?.item.map((item) => item.answer[0]?.valueCoding)).toEqual([
      expect.objectContaining({ code: "often", display: "Often" }),
      expect.objectContaining({ code: "hardly-ever", display: "Hardly ever" }),
      expect.objectContaining({ code: "some-of-the-time", display: "Some of the time" }),
    ]);
  });

  it("leaves the difficulty question out when the person did not answer it", () => {
    const { difficulty: _left, ...withoutDifficulty } = phq9Record as AssessmentRecord & {
      difficulty?: number;
    };
    const [response] = ofType(bundleOf([withoutDifficulty]), "QuestionnaireResponse");
    expect(response?.item.map((item) => item.linkId)).not.toContain("69722-7");
    expect(response?.item).toHaveLength(9);
  });

  it("adds the panel, item and total Observations, all derived from the response", () => {
    const bundle = bundleOf([phq9Record]);
    const [response] = ofType(bundle, "QuestionnaireResponse");
    const observations = ofType(bundle, "Observation");
    const [panel, ...members] = observations;
    expect(panel && codeOf(panel)).toBe("44249-1");
    expect(panel?.hasMember?.map((member) => member.reference)).toEqual(
      members.map((member) => `urn:uuid:${member.id}`),
    );
    expect(members.map(codeOf)).toEqual([
      "44250-9",
      "44255-8",
      "44259-0",
      "44254-1",
      "44251-7",
      "44258-2",
      "44252-5",
      "44253-3",
      "44260-8",
      "44261-6",
    ]);
    for (const observation of observations) {
      expect(observation.status).toBe("final");
      expect(observation.category).toEqual([
        {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/observation-category",
              code: "survey",
              display: "Survey",
            },
          ],
        },
      ]);
      expect(observation.derivedFrom).toEqual([{ reference: `urn:uuid:${response?.id}` }]);
      expect(observation.effectiveDateTime).toBe("2026-11-02T09:30:00.000Z");
    }
    expect(members[7]?.valueCodeableConcept?.coding[0]?.code).toBe("LA6571-9");
    expect(members[9]?.valueQuantity).toEqual({
      value: 12,
      unit: "{score}",
      system: "http://unitsofmeasure.org",
      code: "{score}",
    });
  });

  it("gives the UCLA-3 total the app's score, in Reconnect's documented code system", () => {
    const observations = ofType(bundleOf([ucla3Record]), "Observation");
    const total = observations.at(-1);
    expect(total?.code.coding[0]).toMatchObject({
      system: "https://reconnect.invalid/fhir/CodeSystem/ucla-3",
      code: "total",
    });
    expect(total?.valueQuantity?.value).toBe(6);
  });

  it("holds only the forms and the patient when there is no check-up yet", () => {
    const bundle = bundleOf([]);
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual([
      "Patient",
      "Questionnaire",
      "Questionnaire",
    ]);
    expect(fhirProblems(bundle)).toEqual([]);
  });
});

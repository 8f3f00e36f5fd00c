import type { AssessmentRecord } from "../assessments/assessment-record.schema.js";
import { phq9 } from "../assessments/phq9.js";
import { ucla3 } from "../assessments/ucla3.js";
import { PHQ9_CODES, SURVEY, UCLA3_CODES, UCUM } from "./fhir-codes.js";
import { linkIdOf, QUESTIONNAIRE_URL } from "./fhir-questionnaires.js";
import type {
  BundleEntry,
  Coding,
  Observation,
  QuestionnaireResponseItem,
  Reference,
} from "./fhir-resources.js";
import { nth } from "./nth.js";

/** Gives each resource of the bundle its id, the same for the same name every time. */
export type IdFor = (name: string) => string;

export const urnOf = (id: string): string => `urn:uuid:${id}`;
export const referenceTo = (id: string): Reference => ({ reference: urnOf(id) });

/** One questionnaire's codes, its items' wording and where its answer values start. */
interface Instrument {
  panel: Coding;
  items: readonly Coding[];
  wording: readonly string[];
  answers: readonly Coding[];
  /** The value of the first answer option: 0 for PHQ-9, 1 for UCLA-3. */
  lowest: number;
  total: Coding;
}

const INSTRUMENTS = {
  phq9: { ...PHQ9_CODES, wording: phq9.items, lowest: 0 },
  ucla3: { ...UCLA3_CODES, wording: ucla3.items, lowest: 1 },
} satisfies Record<AssessmentRecord["instrument"], Instrument>;

/**
 * One check-up as FHIR: the QuestionnaireResponse with every answer coded, and Observations in
 * the shape of US Core's screening assessment profile, all derived from that response: one per
 * item, the total score, and the panel holding them. Every total is the score the app worked
 * out and showed the person, never counted again here.
 */
export function checkUpEntries(
  record: AssessmentRecord,
  patientId: string,
  idFor: IdFor,
): BundleEntry[] {
  const instrument: Instrument = INSTRUMENTS[record.instrument];
  const subject = referenceTo(patientId);
  const responseId = idFor(`response:${record.id}`);
  const answerOf = (index: number): Coding =>
    nth(
      instrument.answers,
      nth(record.answers, index, "answer") - instrument.lowest,
      "answer code",
    );

  const item: QuestionnaireResponseItem[] = record.answers.map((_, index) => {
    const code = nth(instrument.items, index, "item code");
    return {
      linkId: linkIdOf(code),
      text: nth(instrument.wording, index, "item wording"),
      answer: [{ valueCoding: answerOf(index) }],
    };
  });
  if (record.instrument === "phq9" && record.difficulty !== undefined) {
    item.push({
      linkId: linkIdOf(PHQ9_CODES.difficulty),
      text: phq9.followUp.question,
      answer: [
        { valueCoding: nth(PHQ9_CODES.difficultyAnswers, record.difficulty, "difficulty code") },
      ],
    });
  }

  const observed = (id: string, code: Coding): Observation => ({
    resourceType: "Observation",
    id,
    status: "final",
    category: [{ coding: [SURVEY] }],
    code: { coding: [code], text: code.display },
    subject,
    effectiveDateTime: record.takenAt,
    // A self-report: the person answered for themselves.
    performer: [subject],
    derivedFrom: [referenceTo(responseId)],
  });

  const itemObservations = record.answers.map((_, index) => {
    const answer = answerOf(index);
    return {
      ...observed(
        idFor(`item:${record.id}:${index + 1}`),
        nth(instrument.items, index, "item code"),
      ),
      valueCodeableConcept: { coding: [answer], text: answer.display },
    };
  });
  const total: Observation = {
    ...observed(idFor(`total:${record.id}`), instrument.total),
    valueQuantity: { value: record.score, unit: "{score}", system: UCUM, code: "{score}" },
  };
  const panel: Observation = {
    ...observed(idFor(`panel:${record.id}`), instrument.panel),
    hasMember: [...itemObservations, total].map((member) => referenceTo(member.id)),
  };

  return [
    {
      fullUrl: urnOf(responseId),
      resource: {
        resourceType: "QuestionnaireResponse",
        id: responseId,
        questionnaire: QUESTIONNAIRE_URL[record.instrument],
        status: "completed",
        subject,
        authored: record.takenAt,
        author: subject,
        source: subject,
        item,
      },
    },
    ...[panel, ...itemObservations, total].map((resource) => ({
      fullUrl: urnOf(resource.id),
      resource,
    })),
  ];
}

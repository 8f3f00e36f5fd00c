import type { InstrumentId } from "../assessments/assessment.schema.js";
import { phq9 } from "../assessments/phq9.js";
import { ucla3 } from "../assessments/ucla3.js";
import { PHQ9_CODES, RECONNECT_FHIR_BASE, UCLA3_CODES } from "./fhir-codes.js";
import type { Coding, Questionnaire, QuestionnaireItem } from "./fhir-resources.js";
import { nth } from "./nth.js";

/** Each questionnaire's canonical address: what every response names as the form it answers. */
export const QUESTIONNAIRE_URL: Record<InstrumentId, string> = {
  phq9: `${RECONNECT_FHIR_BASE}/Questionnaire/phq-9`,
  ucla3: `${RECONNECT_FHIR_BASE}/Questionnaire/ucla-3`,
};

/** An item's linkId is its code, so a response can be read without the form beside it. */
export const linkIdOf = (code: Coding): string => code.code;

function choiceItem(
  code: Coding,
  text: string,
  prefix: string,
  answers: readonly Coding[],
  required: boolean,
): QuestionnaireItem {
  return {
    linkId: linkIdOf(code),
    code: [code],
    prefix,
    text,
    type: "choice",
    required,
    answerOption: answers.map((valueCoding) => ({ valueCoding })),
  };
}

/** The PHQ-9 form: the nine items in order, then the difficulty question (asked, never scored). */
export function phq9Questionnaire(id: string): Questionnaire {
  return {
    resourceType: "Questionnaire",
    id,
    url: QUESTIONNAIRE_URL.phq9,
    version: "1",
    name: "PHQ9",
    title: phq9.name,
    status: "active",
    subjectType: ["Patient"],
    description: `${phq9.frame} A screening questionnaire, not a diagnosis. ${phq9.source}`,
    code: [PHQ9_CODES.panel],
    item: [
      ...phq9.items.map((text, index) =>
        choiceItem(
          nth(PHQ9_CODES.items, index, "PHQ-9 item code"),
          text,
          String(index + 1),
          PHQ9_CODES.answers,
          true,
        ),
      ),
      choiceItem(
        PHQ9_CODES.difficulty,
        phq9.followUp.question,
        "10",
        PHQ9_CODES.difficultyAnswers,
        false,
      ),
    ],
  };
}

/** The UCLA-3 form, in Reconnect's own code system (see fhir-codes.ts). */
export function ucla3Questionnaire(id: string): Questionnaire {
  return {
    resourceType: "Questionnaire",
    id,
    url: QUESTIONNAIRE_URL.ucla3,
    version: "1",
    name: "UCLA3",
    title: ucla3.title,
    status: "active",
    subjectType: ["Patient"],
    description: `${ucla3.frame} ${ucla3.source}`,
    code: [UCLA3_CODES.panel],
    item: ucla3.items.map((text, index) =>
      choiceItem(
        nth(UCLA3_CODES.items, index, "UCLA-3 item code"),
        text,
        String(index + 1),
        UCLA3_CODES.answers,
        true,
      ),
    ),
  };
}

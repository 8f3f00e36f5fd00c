/**
 * The few FHIR R4 shapes this export writes, as plain data. Only the elements it fills are named,
 * so the compiler catches a misspelt one; the tests check the whole against the R4 definitions.
 */

export interface Coding {
  system: string;
  code: string;
  display: string;
}

export interface CodeableConcept {
  coding: Coding[];
  text?: string;
}

export interface Reference {
  reference: string;
}

export interface Patient {
  resourceType: "Patient";
  id: string;
  /** A security label saying the record carries no one's identity, only a made-up id. */
  meta: { security: Coding[] };
}

export interface QuestionnaireItem {
  linkId: string;
  code: Coding[];
  prefix?: string;
  text: string;
  type: "choice";
  required: boolean;
  answerOption: { valueCoding: Coding }[];
}

export interface Questionnaire {
  resourceType: "Questionnaire";
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: "active";
  subjectType: ["Patient"];
  description: string;
  code: Coding[];
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text: string;
  answer: { valueCoding: Coding }[];
}

export interface QuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  id: string;
  questionnaire: string;
  status: "completed";
  subject: Reference;
  authored: string;
  author: Reference;
  source: Reference;
  item: QuestionnaireResponseItem[];
}

export interface Observation {
  resourceType: "Observation";
  id: string;
  status: "final";
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  performer: Reference[];
  valueQuantity?: { value: number; unit: string; system: string; code: string };
  valueCodeableConcept?: CodeableConcept;
  hasMember?: Reference[];
  derivedFrom: Reference[];
}

export type Resource = Patient | Questionnaire | QuestionnaireResponse | Observation;

export interface BundleEntry {
  fullUrl: string;
  resource: Resource;
}

export interface Bundle {
  resourceType: "Bundle";
  type: "collection";
  timestamp: string;
  entry: BundleEntry[];
}

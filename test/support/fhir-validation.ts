import JSONSchemaValidator from "@asymmetrik/fhir-json-schema-validator";
import fhirLibrary from "fhir";

/*
 * Two independent checks against the published FHIR R4 definitions, because each sees what the
 * other cannot:
 * - HL7's R4 JSON Schema (fhir.schema.json, as shipped by @asymmetrik/fhir-json-schema-validator):
 *   no element R4 does not define, every primitive in its R4 format (ids, dateTimes, uris), codes
 *   of required bindings (statuses, Bundle.type) from their value sets.
 * - FHIR.js (`fhir`), validating against R4's StructureDefinitions: cardinality (a
 *   QuestionnaireResponse without status, an Observation without code) and types, inside every
 *   entry of a Bundle.
 */

let schemaValidator: JSONSchemaValidator | undefined;
let structureValidator: InstanceType<typeof fhirLibrary.Fhir> | undefined;

/** Built once per test file: compiling the whole R4 schema takes about a second. */
function validators() {
  schemaValidator ??= new JSONSchemaValidator(undefined, { logger: false, allErrors: true });
  structureValidator ??= new fhirLibrary.Fhir();
  return { schema: schemaValidator, structure: structureValidator };
}

/**
 * R4 binds Observation.code to its LOINC value set with strength "example": any code conforms.
 * FHIR.js cannot list LOINC, so it warns of every code there; that warning, at that element only,
 * says nothing about the resource.
 */
function exampleBindingNote(message: { location?: string; message?: string }): boolean {
  return (
    /(^|\.)Observation\.code$/.test(message.location ?? "") &&
    /not found in value set/.test(message.message ?? "")
  );
}

/**
 * Every problem the two validators find in a resource (a Bundle is checked with all it holds),
 * as readable lines; empty when it is valid R4. FHIR.js's "info" notes (a value set it does not
 * carry) are not problems; its errors and warnings are, but for the example binding above.
 */
export function fhirProblems(resource: object): string[] {
  const { schema, structure } = validators();
  const fromSchema = schema
    .validate(resource)
    .map((error) =>
      typeof error === "string" ? error : `schema ${error.dataPath ?? ""}: ${error.message ?? ""}`,
    );
  const fromStructure = structure
    .validate(resource)
    .messages.filter((message) => message.severity !== "info" && !exampleBindingNote(message))
    .map(
      (message) =>
        `${message.severity} ${message.location ?? ""} (${message.resourceId ?? ""}): ${message.message ?? ""}`,
    );
  return [...fromSchema, ...fromStructure];
}

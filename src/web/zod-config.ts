import { config } from "zod";

// zod probes for `new Function` to speed up parsing. Our Content-Security-Policy forbids it,
// and the refused probe is reported as a violation. The probe runs when a schema is created,
// so this module is imported before any schema: the schemas are small enough without it.
config({ jitless: true });

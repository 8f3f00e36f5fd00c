import { describe, expect, it } from "vitest";
import { seedEverything } from "../../../test/support/export-fixtures.js";
import { readPdf } from "../../../test/support/pdf-text.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import { plantTextFromBefore } from "../../../test/support/text-from-before.js";
import { NO_WORDS_YET } from "../../core/export/repair-v1.js";

// The report reads a person's records as the export does, and checks them as an import would.
// Words the routes took before their rules were tightened (test/support/text-from-before.ts) are
// still kept in some accounts; the report must still come for them, as their export does.

const PERIOD = "from=2026-11-01&to=2026-11-30&includeThoughts=1";

describe.each(engines)(
  "a report of an account keeping words that show nothing, on %s",
  (engine) => {
    const s = useTwoPeople(engine);

    it("still comes, with the words the export gives them", async () => {
      const c = await s.app.member("kept-from-before");
      await seedEverything(c, "kept");
      await plantTextFromBefore(s.app.store.db, "member-kept-from-before");

      const response = await c.get(`/api/report.pdf?${PERIOD}`);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      const text = (await readPdf(response.rawPayload)).pages.join("\n");
      expect(text).toContain(NO_WORDS_YET);
    });
  },
);

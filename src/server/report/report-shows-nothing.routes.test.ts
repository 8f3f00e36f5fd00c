import { describe, expect, it } from "vitest";
import { seedEverything } from "../../../test/support/export-fixtures.js";
import { readPdf } from "../../../test/support/pdf-text.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import { NO_WORDS_YET } from "../../core/export/repair-v1.js";

// The report reads a person's records as the export does, and checks them as an import would.
// Words the routes took before their rules were tightened (a thought, a connection's name, an own
// activity's title or a safety plan's line of only a zero-width space) are still kept in some
// accounts; the report must still come for them, as their export does.

const PERIOD = "from=2026-11-01&to=2026-11-30&includeThoughts=1";

describe.each(engines)(
  "a report of an account keeping words that show nothing, on %s",
  (engine) => {
    const s = useTwoPeople(engine);

    it("still comes, with the words the export gives them", async () => {
      const c = await s.app.member("kept-from-before");
      await seedEverything(c, "kept");
      const db = s.app.store.db;
      const userId = "member-kept-from-before";
      await db
        .updateTable("thought_records")
        .set({ thought: "\u200b" })
        .where("user_id", "=", userId)
        .execute();
      await db
        .updateTable("own_activities")
        .set({ title: "\u0301", first_step: "\u200b" })
        .where("user_id", "=", userId)
        .execute();
      const plan = (await c.get("/api/safety-plan")).json();
      const { updatedAt: _at, ...steps } = plan;
      await db
        .updateTable("safety_plans")
        .set({ plan: JSON.stringify({ ...steps, warningSigns: ["\u200b"] }) })
        .where("user_id", "=", userId)
        .execute();
      for (const row of await db
        .selectFrom("checkins")
        .select(["date", "doc"])
        .where("user_id", "=", userId)
        .execute()) {
        const checkin = JSON.parse(row.doc);
        checkin.connections = checkin.connections.map((one: object) => ({
          ...one,
          name: "\u200b",
        }));
        await db
          .updateTable("checkins")
          .set({ doc: JSON.stringify(checkin) })
          .where("user_id", "=", userId)
          .where("date", "=", row.date)
          .execute();
      }

      const response = await c.get(`/api/report.pdf?${PERIOD}`);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      const text = (await readPdf(response.rawPayload)).pages.join("\n");
      expect(text).toContain(NO_WORDS_YET);
    });
  },
);

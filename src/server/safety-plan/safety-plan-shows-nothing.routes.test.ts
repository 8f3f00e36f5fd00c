import { describe, expect, it } from "vitest";
import { exportOf, seedEverything } from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import type { ExportDocument } from "../../core/export/export-document.schema.js";
import { SHOWS_NOTHING } from "../../core/text/visible.js";

// A safety plan's line of only a zero-width space or a lone accent was saved, and showed as a
// blank line in the plan. The route now refuses it (the editor leaves such a line out before
// sending); a file written before then still imports, without it.

describe.each(engines)("a safety plan's line that shows nothing, on %s", (engine) => {
  const s = useTwoPeople(engine);

  it("is refused, naming the line, and the plan is left as it was", async () => {
    const c = await s.app.member("refused");
    expect((await c.put("/api/safety-plan", { reasonsForLiving: ["My cat"] })).statusCode).toBe(
      200,
    );
    for (const blank of ["\u200b", "\u0301", "\u200b \u200d"]) {
      const saved = await c.put("/api/safety-plan", { reasonsForLiving: ["My cat", blank] });
      expect(saved.statusCode, saved.body).toBe(400);
      expect(saved.json().error.fields).toEqual({ "reasonsForLiving.1": SHOWS_NOTHING });
    }
    expect((await c.get("/api/safety-plan")).json().reasonsForLiving).toEqual(["My cat"]);
  });

  it("in a version-1 file, is left out and the rest of the plan imported", async () => {
    const owner = await s.app.member("old-file-owner");
    await seedEverything(owner, "old");
    const doc = await exportOf(owner);
    if (doc.safetyPlan === null) throw new Error("seedEverything wrote no safety plan");
    const file: ExportDocument = {
      ...doc,
      safetyPlan: { ...doc.safetyPlan, reasonsForLiving: ["\u200b", "My cat", "\u0301"] },
    };
    const c = await s.app.member("old-file");
    const response = await c.post("/api/import?mode=replace", file);
    expect(response.statusCode, response.body).toBe(200);
    const plan = (await c.get("/api/safety-plan")).json();
    expect(plan.reasonsForLiving).toEqual(["My cat"]);
    expect(plan.warningSigns).toEqual(doc.safetyPlan.warningSigns);
  });

  it("kept in an account from before reads without it, as the plan now saves, and goes out in its export and report", async () => {
    const c = await s.app.member("kept-from-before");
    await seedEverything(c, "kept");
    const lines = JSON.stringify({
      reasonsForLiving: ["My cat", "\u200b"],
      peopleToAsk: ["\u0301"],
    });
    // What the route saved until 2026-12-06, written as it wrote it (every step named).
    const plan = (await c.get("/api/safety-plan")).json();
    const { updatedAt: _at, ...steps } = plan;
    await s.app.store.db
      .updateTable("safety_plans")
      .set({ plan: JSON.stringify({ ...steps, ...JSON.parse(lines) }) })
      .where("user_id", "=", "member-kept-from-before")
      .execute();

    const read = (await c.get("/api/safety-plan")).json();
    expect([read.reasonsForLiving, read.peopleToAsk]).toEqual([["My cat"], []]);
    expect(read.warningSigns).toEqual(steps.warningSigns);
    // The row keeps the line until the plan is next saved; saving what was read keeps it out.
    const stored = await s.app.store.db
      .selectFrom("safety_plans")
      .select("plan")
      .where("user_id", "=", "member-kept-from-before")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.plan).reasonsForLiving).toEqual(["My cat", "\u200b"]);
    const { updatedAt: _read, ...readSteps } = read;
    const saved = await c.put("/api/safety-plan", readSteps);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().reasonsForLiving).toEqual(["My cat"]);
    const report = await c.get("/api/report.pdf?from=2026-11-01&to=2026-11-30");
    expect(report.statusCode, report.body.slice(0, 300)).toBe(200);

    const file = await exportOf(c);
    expect([file.safetyPlan?.reasonsForLiving, file.safetyPlan?.peopleToAsk]).toEqual([
      ["My cat"],
      [],
    ]);
    const again = await (await s.app.member("kept-again")).post("/api/import?mode=replace", file);
    expect(again.statusCode, again.body).toBe(200);
  });
});

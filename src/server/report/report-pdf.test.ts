import { describe, expect, it } from "vitest";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import { readPdf } from "../../../test/support/pdf-text.js";
import type { ExportDocument } from "../../core/export/export-document.schema.js";
import { reportFigures } from "../../core/report/report-figures.js";
import { reportQuerySchema } from "../../core/report/report-query.schema.js";
import { reportPdf } from "./report-pdf.js";

const AT = "2026-12-01T09:00:00.000Z";

async function reportText(checkins: ExportDocument["checkins"]): Promise<string> {
  const doc = exportDocumentWith(AT, "sam", { checkins });
  const figures = reportFigures(
    doc,
    reportQuerySchema.parse({ from: "2026-11-02", to: "2026-11-15" }),
  );
  const pdf = await reportPdf(figures, {
    madeOn: "2026-12-01",
    includeNotes: false,
    includeThoughts: false,
  });
  // A PDF reader may break a sentence across lines; the words are what matter here.
  return (await readPdf(pdf)).pages.join("\n").replace(/\s+/g, " ");
}

const checkin = (date: string, sleepHours: number) => ({
  date,
  mood: 5,
  sleepHours,
  updatedAt: `${date}T20:00:00.000Z`,
});

describe("the report's counts, as a person reads them", () => {
  it("says 1 day and 1 hour, not 1 days or 1 hours", async () => {
    const text = await reportText([checkin("2026-11-03", 1)]);
    expect(text).toContain("1 day with a check-in.");
    expect(text).toContain("sleep 1 hour,");
    expect(text).not.toMatch(/\b1 hours\b/);
  });

  it("says hours for any other average, whole or not", async () => {
    const text = await reportText([checkin("2026-11-03", 1), checkin("2026-11-04", 2)]);
    expect(text).toContain("2 days with a check-in.");
    expect(text).toContain("sleep 1.5 hours,");
  });
});

import { describe, expect, it } from "vitest";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import { repeatedRecords } from "./repeated-records.js";

const AT = "2026-11-30T09:00:00.000Z";
const empty = exportDocumentWith(AT, "sam");

describe("repeatedRecords", () => {
  it("finds nothing in a file where every record is given once", () => {
    const ticks = [
      { date: "2026-11-01", anchor: "wake", time: "07:00" },
      { date: "2026-11-01", anchor: "bed", time: "23:00" },
      { date: "2026-11-02", anchor: "wake", time: "07:10" },
    ] as const;
    expect(repeatedRecords({ ...empty, routine: { targets: [], ticks: [...ticks] } })).toEqual({});
  });

  it("names a routine tick given twice for one anchor on one day", () => {
    const tick = { date: "2026-11-01", anchor: "wake", time: "07:00" } as const;
    expect(repeatedRecords({ ...empty, routine: { targets: [], ticks: [tick, tick] } })).toEqual({
      "routine.ticks.1.anchor": "is given twice in this file",
    });
  });

  it("names at most ten problems, as an import's answer does", () => {
    const checkins = Array.from({ length: 30 }, () => ({
      date: "2026-11-01",
      mood: 5,
      updatedAt: AT,
    }));
    const found = repeatedRecords({ ...empty, checkins });
    expect(Object.keys(found)).toHaveLength(10);
    expect(found["checkins.1.date"]).toBe("is given twice in this file");
  });
});

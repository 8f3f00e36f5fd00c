import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { seedEverything } from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

const BOM = "\uFEFF";

/** The records of a CSV answer, read back by a real RFC 4180 reader as a spreadsheet would. */
async function csvOf(c: ApiClient, query: string): Promise<string[][]> {
  const response = await c.get(`/api/export/csv?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.body.startsWith(BOM), "starts with a byte order mark").toBe(true);
  return parseCsv(response.body, { bom: true, relax_column_count: false });
}

describe.each(engines)("CSV export on %s", (engine) => {
  const s = useServer(engine, { member: true });
  beforeAll(async () => {
    await seedEverything(s.owner, "owner's");
    await seedEverything(s.member, "member's");
    // A note that a spreadsheet would otherwise run, with a comma, a quote and a line break.
    const day = await s.owner.put("/api/checkins/2026-11-23", {
      mood: 4,
      note: '=HYPERLINK("http://x.example","click"), then\r\na second line',
    });
    expect(day.statusCode, day.body).toBe(200);
  });

  it("answers a spreadsheet file to download, RFC 4180 with CRLF, never cached", async () => {
    const response = await s.owner.get("/api/export/csv?kind=checkins");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="reconnect-checkins-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith(`${BOM}Date,Mood (0-10),`)).toBe(true);
    expect(response.body.endsWith("\r\n")).toBe(true);
    expect(response.body).toContain("Last changed\r\n2026-11-20,");
  });

  it("gives check-ins one column per field, connections summed up, and notes inert", async () => {
    const [header, ...rows] = await csvOf(s.owner, "kind=checkins");
    expect(header).toEqual([
      "Date",
      "Mood (0-10)",
      "Energy (0-10)",
      "Enjoyment (0-10)",
      "Stuck in repeating thoughts (0-10)",
      "Feeling like a burden (0-10)",
      "Sleep (hours)",
      "Connections",
      "Who and how",
      "Note",
      "Last changed",
    ]);
    expect(rows.map((row) => row[0])).toEqual([
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
      "2026-11-23",
    ]);
    expect(rows[0]?.slice(0, 10)).toEqual([
      "2026-11-20",
      "3",
      "4",
      "",
      "",
      "",
      "6.5",
      "2",
      "call with owner's Jo (felt +1); message with Ana",
      "owner's note on 2026-11-20 🌧️",
    ]);
    expect(rows[3]?.[9]).toBe('\'=HYPERLINK("http://x.example","click"), then\r\na second line');
  });

  it("gives questionnaires one column per item, with the total", async () => {
    const [header, ...rows] = await csvOf(s.owner, "kind=questionnaires");
    expect(header?.slice(0, 4)).toEqual(["Taken", "Questionnaire", "Total", "Item 1"]);
    expect(rows.map((row) => row.slice(1))).toEqual([
      ["PHQ-9", "9", "1", "1", "2", "1", "0", "1", "2", "1", "0", "1"],
      ["UCLA-3", "5", "2", "1", "2", "", "", "", "", "", "", ""],
    ]);
  });

  it("lists plans with the activity and person by name", async () => {
    const [header, ...rows] = await csvOf(s.owner, "kind=plans");
    expect(header?.slice(0, 4)).toEqual(["Date", "Time", "Activity", "With"]);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row[2])).toContain("owner's water the plants");
  });

  it("leaves thought records' words out unless the person asks for them", async () => {
    const without = await s.owner.get("/api/export/csv?kind=thoughts");
    expect(without.statusCode).toBe(200);
    expect(without.body).not.toMatch(/boring|didn't answer|quiet|busy|Sad/);
    const [header, row] = parseCsv(without.body, { bom: true }) as string[][];
    expect(header).toEqual([
      "Written",
      "Last changed",
      "Thinking traps kept",
      "Thinking traps set aside",
    ]);
    expect(row?.[2]).toBe("mind-reading");

    const [withHeader, withRow] = await csvOf(s.owner, "kind=thoughts&text=1");
    expect(withHeader).toContain("Thought");
    expect(withRow).toContain("She thinks I'm boring");
    expect(withRow).toContain("owner's Jo didn't answer");
  });

  it("never holds another person's rows", async () => {
    for (const query of ["kind=checkins", "kind=plans", "kind=thoughts&text=1"]) {
      const response = await s.owner.get(`/api/export/csv?${query}`);
      expect(response.body).toContain("owner's");
      expect(response.body).not.toContain("member's");
    }
  });

  it("refuses a kind it does not make, or none, naming kind", async () => {
    for (const query of ["kind=people", "", "kind=checkins&text=yes"]) {
      const response = await s.owner.get(`/api/export/csv?${query}`);
      expect(response.statusCode, query).toBe(400);
      const field = query.includes("text") ? "text" : "kind";
      expect(response.json().error.fields[field], query).toBeDefined();
    }
    const response = await s.owner.get("/api/export/csv?kind=people");
    expect(response.json().error.fields.kind).toBe(
      "must be one of checkins, questionnaires, plans, thoughts",
    );
  });

  it("is written in the person's access log as an export", async () => {
    const c = await s.app.member("kim");
    await c.get("/api/export/csv?kind=questionnaires");
    const events = (await c.get("/api/access-log"))
      .json()
      .entries.map((entry: { event: string }) => entry.event);
    expect(events).toContain("export");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { seedEverything } from "../../../test/support/export-fixtures.js";
import { readPdf } from "../../../test/support/pdf-text.js";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { SELF_REPORT_LINE } from "./report-pdf.js";

const PERIOD = "from=2026-11-01&to=2026-11-30";

async function reportOf(c: ApiClient, query = PERIOD) {
  const response = await c.get(`/api/report.pdf?${query}`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  const pdf = response.rawPayload;
  const { pages, title } = await readPdf(pdf);
  return { response, pdf, pages, title, text: pages.join("\n") };
}

describe.each(engines)("the clinician report on %s", (engine) => {
  const s = useServer(engine, { member: true });
  beforeAll(async () => {
    await seedEverything(s.owner, "owner's");
    await seedEverything(s.member, "member's");
    // A second PHQ-9 each, so totals and item 9's answers can be told apart by person.
    const answers = { owner: [3, 3, 2, 2, 2, 2, 2, 2, 2], member: [3, 3, 3, 3, 3, 3, 3, 3, 3] };
    for (const [c, mine] of [
      [s.owner, answers.owner],
      [s.member, answers.member],
    ] as const) {
      const taken = await c.post("/api/assessments", { instrument: "phq9", answers: mine });
      expect(taken.statusCode, taken.body).toBe(201);
    }
    const other = await s.owner.put("/api/checkins/2026-11-25", { mood: 4, note: "Привет, 你好" });
    expect(other.statusCode, other.body).toBeLessThan(300);
  });

  it("answers a PDF that is never cached, named for its period", async () => {
    const { response, pdf } = await reportOf(s.owner);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-disposition"]).toBe(
      'attachment; filename="reconnect-report-2026-11-01-to-2026-11-30.pdf"',
    );
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("is tagged for screen readers, in English, with its title shown", async () => {
    const { pdf, title } = await reportOf(s.owner);
    expect(title).toBe("Reconnect report, 1 Nov 2026 to 30 Nov 2026");
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/MarkInfo/);
    expect(raw).toContain("/Lang (en)");
    expect(raw).toContain("/DisplayDocTitle true");
    for (const tag of ["/H1", "/H2", "/H3", "/P", "/Figure"]) expect(raw).toContain(`/S ${tag}`);
    // Each chart is read out by what it shows.
    expect(raw).toContain("/Alt (PHQ-9 totals over the period: 29 Nov 2026 9, 29 Nov 2026 20.)");
  });

  it("shows the totals, item 9's answers in words, traps by count and that a safety plan exists", async () => {
    const { text } = await reportOf(s.owner);
    expect(text).toContain("29 Nov 2026: total 9");
    expect(text).toContain("29 Nov 2026: total 20");
    expect(text).toContain("29 Nov 2026: Not at all");
    expect(text).toContain("29 Nov 2026: More than half the days");
    expect(text).toContain("29 Nov 2026: total 5");
    expect(text).toMatch(/4 days with a check-in\. Averages \(0-10 unless said\): mood 4\.5/);
    expect(text).toContain("2 planned in this period: 0 done, 0 let go.");
    expect(text).toContain("Mind reading: 1 time");
    expect(text).toContain("The person has written a safety plan in Reconnect.");
    // The plan's words stay in the app.
    expect(text).not.toContain("not sleeping");
  });

  it("says on every page that it is a self-report and not a diagnosis", async () => {
    const { pages } = await reportOf(s.owner, `${PERIOD}&includeNotes=1&includeThoughts=1`);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.replace(/\s+/g, " ")).toContain(SELF_REPORT_LINE);
  });

  it("leaves notes and thought texts out unless each is ticked", async () => {
    const plain = (await reportOf(s.owner)).text;
    expect(plain).not.toContain("note on");
    expect(plain).not.toContain("She thinks I'm boring");
    expect(plain).not.toContain("Jo didn't answer");

    const notes = (await reportOf(s.owner, `${PERIOD}&includeNotes=1`)).text;
    expect(notes).toContain("owner's note on 2026-11-20");
    expect(notes).not.toContain("She thinks I'm boring");

    const thoughts = (await reportOf(s.owner, `${PERIOD}&includeThoughts=1`)).text;
    expect(thoughts).toContain("She thinks I'm boring");
    expect(thoughts).toContain("She may be busy");
    // Words the fonts can draw carry no word about characters that could not be drawn.
    expect(thoughts).not.toContain("could not be drawn");
    expect(thoughts).not.toContain("note on");
  });

  it("draws a note in another script as marks, says so, and does not fail", async () => {
    const { text } = await reportOf(s.owner, `${PERIOD}&includeNotes=1`);
    expect(text).toContain("25 Nov 2026: ??????, ??");
    expect(text).toContain("could not be drawn in this PDF");
  });

  it("never holds another person's rows", async () => {
    const { text } = await reportOf(s.owner, `${PERIOD}&includeNotes=1&includeThoughts=1`);
    expect(text).not.toContain("member's");
    expect(text).not.toContain("total 27");
    expect(text).not.toContain("Nearly every day");
  });

  it("covers only its period", async () => {
    const { text } = await reportOf(s.owner, "from=2026-11-21&to=2026-11-21&includeNotes=1");
    expect(text).toContain("1 day with a check-in");
    expect(text).toContain("owner's note on 2026-11-21");
    expect(text).not.toContain("note on 2026-11-20");
    expect(text).toContain("No PHQ-9 in this period.");
  });

  it("names the field of a period it cannot make", async () => {
    for (const [query, field] of [
      ["from=yesterday&to=2026-11-30", "from"],
      ["from=2026-11-01&to=2026-02-30", "to"],
      ["to=2026-11-30", "from"],
      ["from=2026-12-01&to=2026-11-30", "from"],
      ["from=2020-01-01&to=2026-11-30", "to"],
      [`${PERIOD}&includeNotes=yes`, "includeNotes"],
      [`${PERIOD}&token=abc`, "token"],
    ] as const) {
      const response = await s.owner.get(`/api/report.pdf?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(Object.keys(response.json().error.fields), query).toEqual([field]);
    }
  });

  it("needs a session, and notes each report made in the person's access log", async () => {
    expect((await s.app.client().get(`/api/report.pdf?${PERIOD}`)).statusCode).toBe(401);
    const log = (await s.owner.get("/api/access-log")).json().entries;
    expect(log.map((entry: { event: string }) => entry.event)).toContain("report");
  });
});

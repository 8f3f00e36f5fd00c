import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

const DAYS = 600;
const NOTE =
  "Thought about calling Jo back and what I would say, then left it for tomorrow. ".repeat(25);

/**
 * Drawing a person's notes into the report is work for the one thread that answers everyone.
 * Five years of long notes took seconds of it in one piece (17 s on a busy machine), in which no
 * other person's check-in, share card or health check was answered. The report gives way after
 * each note or thought it draws, so other requests are answered between them.
 */
describe.each(engines)("a report of many long notes on %s", (engine) => {
  const s = useServer(engine);
  beforeAll(async () => {
    const document = (await s.owner.get("/api/export")).json();
    const first = Date.parse("2025-01-01T00:00:00Z");
    document.checkins = Array.from({ length: DAYS }, (_, i) => {
      const date = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
      return { date, mood: 5, connections: [], note: NOTE, updatedAt: `${date}T12:00:00.000Z` };
    });
    const imported = await s.owner.request("POST", "/api/import?mode=add", document);
    expect(imported.statusCode, imported.body).toBe(200);
  });
  let stop = () => {};
  afterAll(() => stop());

  it("lets other work run between the notes it draws", async () => {
    let turns = 0;
    let longest = 0;
    let last = performance.now();
    let running = true;
    stop = () => {
      running = false;
    };
    const turn = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      turns++;
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    const started = performance.now();
    const report = await s.owner.get(
      "/api/report.pdf?from=2025-01-01&to=2026-12-31&includeNotes=1",
    );
    const took = performance.now() - started;
    stop();
    expect(report.statusCode).toBe(200);
    // At least one turn of the event loop for every note drawn (drawn in one piece, it was a few),
    // and no stretch without one near the time the whole report took (by ratio, so a slow
    // machine does not decide it; half, as the last flush of the pages is still one piece of
    // about a sixth, which a pause of the machine's may lengthen).
    expect(turns).toBeGreaterThanOrEqual(DAYS);
    expect(longest).toBeLessThan(took / 2);
  });
});

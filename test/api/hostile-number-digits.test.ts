import { describe, expect, it } from "vitest";
import { exportDocumentWith } from "../support/export-documents.js";
import { engines } from "../support/stores.js";
import { useServer } from "../support/test-app.js";

/*
 * A number written with more digits than a number here keeps is read as its nearest neighbour,
 * which it does not say: 4.99999999999999999999 is read as 5, and passed as a whole mood of 5;
 * 6.50000000000000000001 as 6.5, passed as sleep with two decimal places, though 7.333 is
 * refused for its third. As for numbers too small or too large to keep (docs/API.md), such a
 * number is refused by where it is, quoted as sent, and nothing is saved.
 */

describe.each(engines)("a number with more digits than can be kept, on %s", (engine) => {
  const s = useServer(engine);

  const put = (date: string, payload: string) =>
    s.app.app.inject({
      method: "PUT",
      url: `/api/checkins/${date}`,
      headers: { "content-type": "application/json", cookie: s.owner.sessionCookie ?? "" },
      payload,
    });

  it.each([
    ['{"mood":4.99999999999999999999}', "4.99999999999999999999", "mood", "5"],
    [
      '{"mood":5,"sleepHours":6.50000000000000000001}',
      "6.50000000000000000001",
      "sleepHours",
      "6.5",
    ],
    [
      '{"mood":5,"connections":[{"mode":"call","felt":-1.0000000000000000001}]}',
      "-1.0000000000000000001",
      "connections.0.felt",
      "-1",
    ],
  ])("refuses %s, naming the field, saving nothing", async (body, literal, path, readAs) => {
    const answer = await put("2026-11-20", body);
    expect(answer.statusCode, answer.body).toBe(400);
    const { error } = answer.json();
    expect(error.code).toBe("invalid-input");
    expect(error.message).toContain(literal);
    expect(error.fields[path]).toBe(
      `is a number with more digits than can be kept (it would be read as ${readAs})`,
    );
    const day = await s.owner.get("/api/checkins?from=2026-11-20&to=2026-11-20");
    expect(day.json().checkins).toEqual([]);
  });

  it.each([
    ['{"mood":5.00000000000000000000}', 5],
    ['{"mood":5,"sleepHours":6.5000000000000000000000}', 6.5],
    ['{"mood":50000000000000000000e-19}', 5],
    ['{"mood":5,"sleepHours":0.070000000000000000}', 0.07],
  ])("takes %s, whose digits all survive, as written", async (body, value) => {
    const answer = await put("2026-11-21", body);
    expect(answer.statusCode, answer.body).toBe(200);
    const kept = answer.json();
    expect(body.includes("sleepHours") ? kept.sleepHours : kept.mood).toBe(value);
  });

  it("refuses such a number in an imported file, and imports nothing", async () => {
    const before = (await s.owner.get("/api/me/counts")).json().counts;
    const checkin = { date: "2026-11-22", mood: 2, updatedAt: "2026-11-20T10:00:00.000Z" };
    const document = exportDocumentWith("2026-11-30T10:00:00.000Z", "sam", {
      checkins: [checkin],
    });
    const file = JSON.stringify(document).replace('"mood":2', '"mood":2.00000000000000000001');
    expect(file).toContain("2.00000000000000000001");
    const answer = await s.app.app.inject({
      method: "POST",
      url: "/api/import?mode=add",
      headers: { "content-type": "application/json", cookie: s.owner.sessionCookie ?? "" },
      payload: file,
    });
    expect(answer.statusCode, answer.body).toBe(400);
    expect(answer.json().error.code).toBe("invalid-import");
    expect(answer.json().error.message).toContain("2.00000000000000000001");
    expect((await s.owner.get("/api/me/counts")).json().counts).toEqual(before);
  });
});

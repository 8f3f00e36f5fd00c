import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

const DAY = "/api/checkins/2026-11-28";
const READ_DAY = "/api/checkins?from=2026-11-28&to=2026-11-28";

// A device that saved offline sends the version it edited; a save made elsewhere meanwhile must
// be answered with a conflict, never overwritten. On both engines, as the check runs in SQL.
describe.each(engines)("conditional check-in saves on %s", (engine) => {
  const s = useServer(engine, { freshEachTest: true });

  const stored = async () => (await s.owner.get(READ_DAY)).json().checkins;

  it("gives every save its version as an ETag, the same as its updatedAt", async () => {
    const put = await s.owner.put(DAY, { mood: 4 });
    expect(put.statusCode).toBe(200);
    expect(put.headers.etag).toBe(`"${put.json().updatedAt}"`);
    expect(put.headers["cache-control"]).toBe("no-store");
  });

  it("saves with If-Match naming the version on the server, and gives a new version", async () => {
    const first = (await s.owner.put(DAY, { mood: 4 })).json();
    s.app.clock.advance(60_000);
    const second = await s.owner.request(
      "PUT",
      DAY,
      { mood: 6 },
      { "if-match": `"${first.updatedAt}"` },
    );
    expect(second.statusCode).toBe(200);
    expect(second.json().updatedAt).not.toBe(first.updatedAt);
    expect((await stored())[0].mood).toBe(6);
  });

  it("answers 409 with the server's version when the day changed elsewhere, writing nothing", async () => {
    const seen = (await s.owner.put(DAY, { mood: 4 })).json();
    s.app.clock.advance(60_000);
    const elsewhere = (await s.owner.put(DAY, { mood: 2, note: "From the laptop" })).json();
    s.app.clock.advance(60_000);
    const stale = await s.owner.request(
      "PUT",
      DAY,
      { mood: 7, note: "From the phone, offline" },
      { "if-match": `"${seen.updatedAt}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toEqual({
      error: {
        code: "checkin-conflict",
        message: expect.stringContaining("changed somewhere else"),
        fields: { date: "was changed elsewhere" },
      },
      current: elsewhere,
    });
    expect(await stored()).toEqual([elsewhere]);
  });

  it("tells a change within one millisecond apart from the version before it", async () => {
    // The clock does not move: the second save must still make a version the first device lacks.
    const seen = (await s.owner.put(DAY, { mood: 4 })).json();
    await s.owner.put(DAY, { mood: 2 });
    const stale = await s.owner.request(
      "PUT",
      DAY,
      { mood: 7 },
      { "if-match": `"${seen.updatedAt}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect((await stored())[0].mood).toBe(2);
  });

  it("with If-None-Match: * saves only a day that has no check-in", async () => {
    const fresh = await s.owner.request("PUT", DAY, { mood: 5 }, { "if-none-match": "*" });
    expect(fresh.statusCode).toBe(200);
    const again = await s.owner.request("PUT", DAY, { mood: 9 }, { "if-none-match": "*" });
    expect(again.statusCode).toBe(409);
    expect(again.json().current).toEqual(fresh.json());
    expect((await stored())[0].mood).toBe(5);
  });

  it("answers 409 with current null when the edited day was deleted meanwhile", async () => {
    const seen = (await s.owner.put(DAY, { mood: 4 })).json();
    await s.owner.delete(DAY);
    const stale = await s.owner.request(
      "PUT",
      DAY,
      { mood: 7 },
      { "if-match": `"${seen.updatedAt}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toBeNull();
    expect(await stored()).toEqual([]);
  });

  it("still creates or replaces without a condition, as the contract says", async () => {
    await s.owner.put(DAY, { mood: 4 });
    const replaced = await s.owner.put(DAY, { mood: 1 });
    expect(replaced.statusCode).toBe(200);
    expect((await stored())[0].mood).toBe(1);
  });

  it.each([
    [{ "if-match": "2026-11-28T12:00:00.000Z" }, "if-match"],
    [{ "if-match": 'W/"2026-11-28T12:00:00.000Z"' }, "if-match"],
    // Quoted, but no version the app ever gives: a broken client, not a day changed elsewhere.
    [{ "if-match": '"NaN"' }, "if-match"],
    [{ "if-match": '"2026-02-30T12:00:00.000Z"' }, "if-match"],
    [{ "if-none-match": '"2026-11-28T12:00:00.000Z"' }, "if-none-match"],
    [{ "if-match": '"a"', "if-none-match": "*" }, "if-none-match"],
  ])(
    "refuses the condition %j with 400 naming the header, writing nothing",
    async (headers, field) => {
      const response = await s.owner.request("PUT", DAY, { mood: 3 }, headers);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid-condition");
      expect(response.json().error.fields).toHaveProperty(field);
      expect(await stored()).toEqual([]);
    },
  );

  it("deletes with If-Match only the version the device saw, so a newer edit is never erased", async () => {
    const seen = (await s.owner.put(DAY, { mood: 4 })).json();
    s.app.clock.advance(60_000);
    const elsewhere = (await s.owner.put(DAY, { mood: 2, note: "From the laptop" })).json();
    const stale = await s.owner.request("DELETE", DAY, undefined, {
      "if-match": `"${seen.updatedAt}"`,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: "checkin-conflict" },
      current: elsewhere,
    });
    expect(await stored()).toEqual([elsewhere]);

    const current = await s.owner.request("DELETE", DAY, undefined, {
      "if-match": `"${elsewhere.updatedAt}"`,
    });
    expect(current.statusCode).toBe(204);
    expect(await stored()).toEqual([]);
  });

  it("refuses a malformed condition on a delete with 400, deleting nothing", async () => {
    await s.owner.put(DAY, { mood: 4 });
    const response = await s.owner.request("DELETE", DAY, undefined, { "if-match": "yesterday" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty("if-match");
    expect(await stored()).toHaveLength(1);
  });

  it("checks the condition against the signed-in person's day alone", async () => {
    const member = await s.app.member();
    await member.put(DAY, { mood: 8 });
    // The owner has no check-in that day, whatever the member has.
    const mine = await s.owner.request("PUT", DAY, { mood: 3 }, { "if-none-match": "*" });
    expect(mine.statusCode).toBe(200);
    expect((await member.get(READ_DAY)).json().checkins[0].mood).toBe(8);
  });
});

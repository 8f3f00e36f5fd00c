import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

const FIRST = {
  situation: "Sam cancelled our walk.",
  thought: "Nobody wants to spend time with me.",
};

// A device that edited a record offline sends the version it edited; a change made elsewhere
// meanwhile must be answered with a conflict, never overwritten. On both engines, as the check
// and the write run in one transaction on each.
describe.each(engines)("conditional thought record saves on %s", (engine) => {
  const s = useServer(engine, { freshEachTest: true });

  const create = async () => (await s.owner.post("/api/thoughts", FIRST)).json();
  const stored = async (id: string) => (await s.owner.get(`/api/thoughts/${id}`)).json();

  it("gives every save its version as an ETag, the same as its updatedAt", async () => {
    const record = await create();
    s.app.clock.advance(60_000);
    const put = await s.owner.put(`/api/thoughts/${record.id}`, FIRST);
    expect(put.statusCode).toBe(200);
    expect(put.headers.etag).toBe(`"${put.json().updatedAt}"`);
    expect(put.json().updatedAt).not.toBe(record.updatedAt);
  });

  it("saves with If-Match naming the version on the server, and gives a new version", async () => {
    const record = await create();
    s.app.clock.advance(60_000);
    const put = await s.owner.request(
      "PUT",
      `/api/thoughts/${record.id}`,
      { ...FIRST, balancedThought: "Sam had a cold; we moved it to Sunday." },
      { "if-match": `"${record.updatedAt}"` },
    );
    expect(put.statusCode).toBe(200);
    expect(put.json().updatedAt).not.toBe(record.updatedAt);
    expect((await stored(record.id)).balancedThought).toBe(
      "Sam had a cold; we moved it to Sunday.",
    );
  });

  it("answers 409 with the stored record when it changed elsewhere, writing nothing", async () => {
    const seen = await create();
    s.app.clock.advance(60_000);
    const elsewhere = (
      await s.owner.put(`/api/thoughts/${seen.id}`, {
        ...FIRST,
        evidenceAgainst: "Written on the laptop: Sam texted to say sorry.",
      })
    ).json();
    s.app.clock.advance(60_000);
    const stale = await s.owner.request(
      "PUT",
      `/api/thoughts/${seen.id}`,
      { ...FIRST, evidenceFor: "Written on the phone, offline." },
      { "if-match": `"${seen.updatedAt}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toEqual({
      error: {
        code: "thought-conflict",
        message: expect.stringContaining("changed somewhere else"),
        fields: { id: "was changed elsewhere" },
      },
      current: elsewhere,
    });
    expect(await stored(seen.id)).toEqual(elsewhere);
  });

  it("tells a change within one millisecond apart from the version before it", async () => {
    // The clock does not move: the second save must still make a version the first device lacks.
    const seen = await create();
    const elsewhere = (
      await s.owner.put(`/api/thoughts/${seen.id}`, { thought: "Changed in the same moment." })
    ).json();
    expect(elsewhere.updatedAt).not.toBe(seen.updatedAt);
    const stale = await s.owner.request(
      "PUT",
      `/api/thoughts/${seen.id}`,
      { thought: "The stale device's words." },
      { "if-match": `"${seen.updatedAt}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect((await stored(seen.id)).thought).toBe("Changed in the same moment.");
  });

  it("answers 409 with current null when the record was deleted meanwhile", async () => {
    const seen = await create();
    await s.owner.delete(`/api/thoughts/${seen.id}`);
    const stale = await s.owner.request("PUT", `/api/thoughts/${seen.id}`, FIRST, {
      "if-match": `"${seen.updatedAt}"`,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toBeNull();
    expect((await s.owner.get(`/api/thoughts/${seen.id}`)).statusCode).toBe(404);
  });

  it("with If-Match: * saves a record that is there, and refuses one that is gone", async () => {
    const record = await create();
    const there = await s.owner.request("PUT", `/api/thoughts/${record.id}`, FIRST, {
      "if-match": "*",
    });
    expect(there.statusCode).toBe(200);
    await s.owner.delete(`/api/thoughts/${record.id}`);
    const gone = await s.owner.request("PUT", `/api/thoughts/${record.id}`, FIRST, {
      "if-match": "*",
    });
    expect(gone.statusCode).toBe(409);
    expect(gone.json().current).toBeNull();
  });

  it("still replaces without a condition, and answers 404 for no such record, as before", async () => {
    const record = await create();
    s.app.clock.advance(60_000);
    await s.owner.put(`/api/thoughts/${record.id}`, { thought: "Elsewhere." });
    const replaced = await s.owner.put(`/api/thoughts/${record.id}`, { thought: "Mine." });
    expect(replaced.statusCode).toBe(200);
    expect((await stored(record.id)).thought).toBe("Mine.");
    const missing = await s.owner.put("/api/thoughts/no-such-record", FIRST);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not-found");
  });

  it("answers another person's record exactly as one that never existed, with a condition too", async () => {
    const member = await s.app.member();
    const theirs = (await member.post("/api/thoughts", FIRST)).json();
    const tag = { "if-match": `"${theirs.updatedAt}"` };
    const other = await s.owner.request("PUT", `/api/thoughts/${theirs.id}`, FIRST, tag);
    const never = await s.owner.request("PUT", "/api/thoughts/never-was", FIRST, tag);
    expect(other.statusCode).toBe(409);
    expect(other.json()).toEqual(never.json());
    expect((await member.get(`/api/thoughts/${theirs.id}`)).json()).toEqual(theirs);
  });

  it.each([
    [{ "if-match": "2026-11-28T12:00:00.000Z" }, "if-match"],
    [{ "if-match": 'W/"2026-11-28T12:00:00.000Z"' }, "if-match"],
    [{ "if-match": '"NaN"' }, "if-match"],
    // A PUT never makes a record, so "only if there is none" is refused rather than ignored.
    [{ "if-none-match": "*" }, "if-none-match"],
    [{ "if-match": '"a"', "if-none-match": "*" }, "if-none-match"],
  ])(
    "refuses the condition %j with 400 naming the header, writing nothing",
    async (headers, field) => {
      const record = await create();
      s.app.clock.advance(60_000);
      const response = await s.owner.request(
        "PUT",
        `/api/thoughts/${record.id}`,
        { thought: "Not to be written." },
        headers,
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid-condition");
      expect(response.json().error.fields).toHaveProperty(field);
      expect(await stored(record.id)).toEqual(record);
    },
  );

  describe("a conditional delete", () => {
    const remove = (id: string, headers: Record<string, string>) =>
      s.owner.request("DELETE", `/api/thoughts/${id}`, undefined, headers);

    it("deletes with If-Match naming the version on the server", async () => {
      const record = await create();
      const gone = await remove(record.id, { "if-match": `"${record.updatedAt}"` });
      expect(gone.statusCode).toBe(204);
      expect((await s.owner.get(`/api/thoughts/${record.id}`)).statusCode).toBe(404);
    });

    it("answers 409 with the stored record when it changed elsewhere, deleting nothing", async () => {
      const seen = await create();
      s.app.clock.advance(60_000);
      const elsewhere = (
        await s.owner.put(`/api/thoughts/${seen.id}`, {
          ...FIRST,
          balancedThought: "Written on the laptop after the phone last looked.",
        })
      ).json();
      const stale = await remove(seen.id, { "if-match": `"${seen.updatedAt}"` });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toEqual({
        error: {
          code: "thought-conflict",
          message: expect.stringContaining("changed somewhere else"),
          fields: { id: "was changed elsewhere" },
        },
        current: elsewhere,
      });
      expect(await stored(seen.id)).toEqual(elsewhere);
    });

    it("answers 409 with current null for a record already gone, or another person's", async () => {
      const seen = await create();
      await s.owner.delete(`/api/thoughts/${seen.id}`);
      const again = await remove(seen.id, { "if-match": `"${seen.updatedAt}"` });
      expect(again.statusCode).toBe(409);
      expect(again.json().current).toBeNull();
      const member = await s.app.member();
      const theirs = (await member.post("/api/thoughts", FIRST)).json();
      const other = await remove(theirs.id, { "if-match": `"${theirs.updatedAt}"` });
      expect(other.json()).toEqual(again.json());
      expect((await member.get(`/api/thoughts/${theirs.id}`)).json()).toEqual(theirs);
    });

    it("with If-Match: * deletes a record that is there", async () => {
      const record = await create();
      expect((await remove(record.id, { "if-match": "*" })).statusCode).toBe(204);
      expect((await remove(record.id, { "if-match": "*" })).statusCode).toBe(409);
    });

    it("still deletes without a condition, and answers 404 for no such record, as before", async () => {
      const record = await create();
      s.app.clock.advance(60_000);
      await s.owner.put(`/api/thoughts/${record.id}`, { thought: "Elsewhere." });
      expect((await remove(record.id, {})).statusCode).toBe(204);
      const missing = await remove(record.id, {});
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe("not-found");
    });

    it.each([
      [{ "if-match": "2026-11-28T12:00:00.000Z" }, "if-match"],
      [{ "if-match": '"NaN"' }, "if-match"],
      [{ "if-none-match": "*" }, "if-none-match"],
    ])(
      "refuses the condition %j with 400 naming the header, deleting nothing",
      async (headers, field) => {
        const record = await create();
        const response = await remove(record.id, headers);
        expect(response.statusCode).toBe(400);
        expect(response.json().error.code).toBe("invalid-condition");
        expect(response.json().error.fields).toHaveProperty(field);
        expect(await stored(record.id)).toEqual(record);
      },
    );
  });
});

import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

// A body of 384 KB could hold forty thousand bad texts or unknown fields, and every one was
// named: a second of the server's time and an answer of 4 MB, for a refusal a person reads the
// first lines of. The refusal names the first ten and says there are more.

const DAY = "/api/checkins/2026-11-29";

describe.each(engines)("a body with many problems, on %s", (engine) => {
  const s = useServer(engine);

  it("names the first ten bad texts and says there are more", async () => {
    const response = await s.owner.put(DAY, { mood: 5, junk: Array(25).fill("\uD800") });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json();
    const first = Array.from({ length: 10 }, (_, index) => `junk.${index}`);
    expect(error.code).toBe("invalid-input");
    expect(Object.keys(error.fields)).toEqual(first);
    expect(error.message).toBe(
      `Please check ${first.join(", ")}, and more: only the first 10 are named.`,
    );
  });

  it("names the first ten unknown fields and says there are more", async () => {
    const extra = Object.fromEntries(Array.from({ length: 25 }, (_, index) => [`k${index}`, 1]));
    const response = await s.owner.put(DAY, { mood: 5, ...extra });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json();
    const first = Array.from({ length: 10 }, (_, index) => `k${index}`);
    expect(error.fields).toEqual(
      Object.fromEntries(first.map((name) => [name, "is not a field we know"])),
    );
    expect(error.message).toBe(
      `Please check ${first.join(", ")}, and more: only the first 10 are named.`,
    );
  });

  it("names all of ten problems without saying there are more", async () => {
    const response = await s.owner.put(DAY, { mood: 5, junk: Array(10).fill("\u0000") });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json();
    const all = Array.from({ length: 10 }, (_, index) => `junk.${index}`);
    expect(Object.keys(error.fields)).toEqual(all);
    expect(error.message).toBe(`Please check ${all.join(", ")}.`);
  });
});

import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

// A probe sent files of millions of bad texts, or of a million unknown fields in one object: each
// was refused only after minutes, and everyone else on the server waited meanwhile. The refusal
// names the first few problems only, so the checks stop once they have found those.

describe.each(engines)("an import of a hostile size, on %s", (engine) => {
  const s = useServer(engine);

  it("names the first ten bad texts of a file and looks no further", async () => {
    const junk = Array.from({ length: 25 }, () => "\uD800");
    const response = await s.owner.post("/api/import", {
      format: "reconnect-export",
      version: 1,
      junk,
    });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json();
    const first = Array.from({ length: 10 }, (_, index) => `junk.${index}`);
    expect(Object.keys(error.fields)).toEqual(first);
    expect(error.message).toBe(
      `Please check ${first.join(", ")}, and more: only the first 10 are named.`,
    );
  });

  it("refuses an object with more fields than any export has, naming where it is", async () => {
    const many = Object.fromEntries(Array.from({ length: 1_001 }, (_, index) => [`k${index}`, 1]));
    const response = await s.owner.post("/api/import", {
      format: "reconnect-export",
      version: 1,
      account: many,
    });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("invalid-import");
    expect(error.message).toMatch(/more than 1000 fields/);
    expect(error.message).toMatch(/Nothing was imported\.$/);
    expect(Object.keys(error.fields)).toEqual(["account"]);
  });

  it("still names a few unknown fields one by one", async () => {
    const file = (await s.owner.get("/api/export")).json();
    const response = await s.owner.post("/api/import", { ...file, extra: 1, more: 2 });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json();
    expect(error.fields).toEqual({
      extra: "is not a field we know",
      more: "is not a field we know",
    });
    expect(error.message).toBe("Nothing was imported. Please check extra, more.");
  });

  it("names the first ten unknown fields of a file and says there are more", async () => {
    const file = (await s.owner.get("/api/export")).json();
    const extra = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`x${index}`, 1]));
    const response = await s.owner.post("/api/import", { ...file, ...extra });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json();
    const first = Array.from({ length: 10 }, (_, index) => `x${index}`);
    expect(Object.keys(error.fields)).toEqual(first);
    expect(error.message).toBe(
      `Nothing was imported. Please check ${first.join(", ")}, and more: only the first 10 are named.`,
    );
  });
});

import { describe, expect, it } from "vitest";
import { nextVersion } from "./next-version.js";

const V1 = "2026-11-29T12:00:00.000Z";
const V2 = "2026-11-29T12:05:00.000Z";

describe("the version a save gives", () => {
  it("is the time now for a new record or a later save", () => {
    expect(nextVersion(V1, null)).toBe(V1);
    expect(nextVersion(V2, V1)).toBe(V2);
  });

  it("moves on by a millisecond when the clock has not, so a change always has a new version", () => {
    expect(nextVersion(V1, V1)).toBe("2026-11-29T12:00:00.001Z");
    expect(nextVersion(V1, V2)).toBe("2026-11-29T12:05:00.001Z");
  });
});

import { describe, expect, it } from "vitest";
import { writtenDate } from "./written-date.js";

describe("a day on the people screen", () => {
  it("is written out with its month's name, never as numbers alone", () => {
    const written = writtenDate("2026-12-05T12:00:00.000Z");
    expect(written).toMatch(/December/);
    expect(written).toMatch(/2026/);
    expect(written).not.toMatch(/\d+\/\d+\/\d+/);
  });
});

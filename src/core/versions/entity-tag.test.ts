import { describe, expect, it } from "vitest";
import { entityTag } from "./entity-tag.js";

describe("a version as an entity tag", () => {
  it("is the version in double quotes, as If-Match sends it back", () => {
    expect(entityTag("2026-11-29T12:00:00.000Z")).toBe('"2026-11-29T12:00:00.000Z"');
  });
});

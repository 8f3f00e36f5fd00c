import { describe, expect, it } from "vitest";
import { stableHash } from "./stable-hash.js";

describe("stable hash", () => {
  it("matches the published FNV-1a values", () => {
    expect(stableHash("")).toBe(0x811c9dc5);
    expect(stableHash("a")).toBe(0xe40c292c);
    expect(stableHash("foobar")).toBe(0xbf9cf968);
  });
  it("spreads neighbouring inputs apart", () => {
    expect(stableHash("2026-03-01|open-a-window")).not.toBe(stableHash("2026-03-02|open-a-window"));
  });
});

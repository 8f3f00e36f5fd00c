import { describe, expect, it } from "vitest";
import { FRESH_ANSWER_MS, knownReach } from "./crisis-page-reach.js";

describe("what is known about reaching the crisis page, with no question asked", () => {
  it("offline is a no at once, however fresh the last answer", () => {
    expect(knownReach({ onLine: false, now: 1_000, answeredAt: 999 })).toBe("no");
    expect(knownReach({ onLine: false, now: 1_000, answeredAt: undefined })).toBe("no");
  });

  it("an answer within the last few seconds is a yes, with no round trip", () => {
    expect(knownReach({ onLine: true, now: 10_000, answeredAt: 10_000 })).toBe("yes");
    expect(knownReach({ onLine: true, now: 10_000 + FRESH_ANSWER_MS, answeredAt: 10_000 })).toBe(
      "yes",
    );
  });

  it("an older answer, or none, means asking", () => {
    expect(knownReach({ onLine: true, now: 10_001 + FRESH_ANSWER_MS, answeredAt: 10_000 })).toBe(
      "ask",
    );
    expect(knownReach({ onLine: true, now: 10_000, answeredAt: undefined })).toBe("ask");
    // A clock that went back says nothing about now.
    expect(knownReach({ onLine: true, now: 5_000, answeredAt: 10_000 })).toBe("ask");
  });

  it("a few seconds at most", () => {
    expect(FRESH_ANSWER_MS).toBeLessThanOrEqual(5_000);
  });
});

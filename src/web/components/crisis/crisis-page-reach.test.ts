import { describe, expect, it } from "vitest";
import { askedForMore, FRESH_ANSWER_MS, knownReach } from "./crisis-page-reach.js";

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

describe("a click the browser handles as it always does", () => {
  const tap = {
    defaultPrevented: false,
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
  };

  it("a plain tap or click is a tap for help here", () => {
    expect(askedForMore(tap)).toBe(false);
  });

  it("a new tab or window, a download, another button, or a click already handled is the browser's", () => {
    expect(askedForMore({ ...tap, ctrlKey: true })).toBe(true);
    expect(askedForMore({ ...tap, metaKey: true })).toBe(true);
    expect(askedForMore({ ...tap, shiftKey: true })).toBe(true);
    expect(askedForMore({ ...tap, altKey: true })).toBe(true);
    expect(askedForMore({ ...tap, button: 1 })).toBe(true);
    expect(askedForMore({ ...tap, button: 2 })).toBe(true);
    expect(askedForMore({ ...tap, defaultPrevented: true })).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { mapStorage } from "../../../../test/support/local-storage.js";
import {
  HINT_GAP_MS,
  hintDue,
  INSTALL_HINT_KEY,
  parseRecord,
  visitShowsHint,
} from "./install-hint.js";

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 11, 1, 9);

describe("when the install hint shows", () => {
  it("never before the third visit, then not again for a week", () => {
    const storage = mapStorage();
    const seen = [0, 1, 2, 3, 4].map((day) => visitShowsHint(storage, START + day * DAY * 0.5));
    expect(seen).toEqual([false, false, true, false, false]);
    expect(visitShowsHint(storage, START + DAY + HINT_GAP_MS - 1)).toBe(false);
    expect(visitShowsHint(storage, START + DAY + HINT_GAP_MS)).toBe(true);
    expect(parseRecord(storage.getItem(INSTALL_HINT_KEY))).toEqual({
      visits: 7,
      shownAt: START + DAY + HINT_GAP_MS,
    });
  });

  it("starts afresh from a broken record, and stays quiet when storage refuses", () => {
    expect(parseRecord("{not json")).toEqual({ visits: 0, shownAt: null });
    expect(parseRecord('{"visits":-1,"shownAt":null}')).toEqual({ visits: 0, shownAt: null });
    // A full storage: the count cannot be kept, so the hint never shows rather than each time.
    const full = mapStorage();
    full.setItem(INSTALL_HINT_KEY, JSON.stringify({ visits: 5, shownAt: null }));
    full.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    expect(visitShowsHint(full, START)).toBe(false);
    expect(visitShowsHint(undefined, START)).toBe(false);
  });

  it("asks only for the visit count and the week", () => {
    expect(hintDue({ visits: 2, shownAt: null }, START)).toBe(false);
    expect(hintDue({ visits: 3, shownAt: null }, START)).toBe(true);
    expect(hintDue({ visits: 9, shownAt: START - HINT_GAP_MS + 1 }, START)).toBe(false);
  });
});

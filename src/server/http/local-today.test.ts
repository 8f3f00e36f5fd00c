import { describe, expect, it } from "vitest";
import { localDateOf } from "../../core/dates/local-date.js";
import { localToday } from "./local-today.js";

const now = new Date("2026-11-29T23:30:00.000Z");
const ctx = { now: () => now };
const sending = (date?: string) => ({
  headers: date === undefined ? {} : { "x-local-date": date },
});

describe("today, as the person lives it", () => {
  it("takes the app's own date when it is within a day of UTC", () => {
    for (const date of ["2026-11-28", "2026-11-29", "2026-11-30"]) {
      expect(localToday(sending(date), ctx)).toBe(date);
    }
  });
  it("falls back to the server's date for a missing, malformed or far-off date", () => {
    for (const date of [undefined, "", "tomorrow", "2026-02-30", "2026-12-05", "2026-11-27"]) {
      expect(localToday(sending(date), ctx)).toBe(localDateOf(now));
    }
  });
});

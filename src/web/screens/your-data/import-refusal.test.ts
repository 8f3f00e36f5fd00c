import { describe, expect, it } from "vitest";
import {
  type ChosenFile,
  ordinal,
  problemWords,
  refusalBeforeSending,
  refusalWords,
} from "./import-refusal.js";

const day = (date: string) => `day ${date}`;
const file = (name: string, type: string, size = 100): ChosenFile => ({ name, type, size });
const EXPORT = file("reconnect-export-2026-01-01.json", "application/json");

describe("a file the browser can already tell is not an export", () => {
  it("says a photo is a picture, by its name, and which file to choose", () => {
    expect(refusalBeforeSending(file("beach.jpg", "image/jpeg"))).toBe(
      '"beach.jpg" looks like a picture or another kind of file, not a Reconnect export. Choose the file called reconnect-export-….json, which "Download all my data" saves.',
    );
    expect(refusalBeforeSending(file("notes.pdf", "application/pdf"))).toMatch(/another kind/);
  });

  it("says an empty file is empty", () => {
    expect(refusalBeforeSending(file("export.json", "application/json", 0))).toMatch(
      /^"export.json" is empty, so there is nothing in it to bring in\./,
    );
  });

  it("says a CSV is a spreadsheet and which file bringing data in takes", () => {
    expect(refusalBeforeSending(file("reconnect-checkins-2026-01-01.csv", "text/csv"))).toBe(
      '"reconnect-checkins-2026-01-01.csv" is a spreadsheet file. Bringing data in takes the file that "Download all my data" saves, called reconnect-export-….json.',
    );
    expect(refusalBeforeSending(file("sheet.CSV", ""))).toMatch(/spreadsheet/);
  });

  it("isolates the file's name, so a name ending in a right-to-left override leaves our words in order", () => {
    // An override left open at the end of a name drew every word of ours after it backwards,
    // including which file to choose instead.
    const open = file("export\u202E", "image/png");
    expect(refusalBeforeSending(open)).toBe(
      '"\u2068export\u202E\u202C\u2069" looks like a picture or another kind of file, not a Reconnect export. Choose the file called reconnect-export-….json, which "Download all my data" saves.',
    );
    expect(refusalBeforeSending({ ...open, size: 0 })).toMatch(
      /^"\u2068export\u202E\u202C\u2069" is empty/,
    );
    expect(refusalBeforeSending({ ...open, type: "text/csv" })).toMatch(
      /^"\u2068export\u202E\u202C\u2069" is a spreadsheet file/,
    );
    // A name in Hebrew letters keeps its own order and no longer pulls our quote mark to its side.
    expect(refusalBeforeSending(file("\u05D3\u05E0\u05D4.png", "image/png"))).toMatch(
      /^"\u2068\u05D3\u05E0\u05D4\.png\u2069" looks like/,
    );
  });

  it("sends anything that may be text, for the server to judge", () => {
    expect(refusalBeforeSending(EXPORT)).toBeNull();
    expect(refusalBeforeSending(file("export.txt", "text/plain"))).toBeNull();
    expect(refusalBeforeSending(file("export", ""))).toBeNull();
  });
});

describe("the server's refusal, in a person's words", () => {
  const refusal = (code: string, message: string, fields: Record<string, string> = {}) => ({
    code,
    message,
    fields,
  });

  it("says bytes that are not text are another kind of file", () => {
    const words = refusalWords(
      refusal("not-utf8", "The file holds bytes that are not UTF-8 text"),
      EXPORT,
      undefined,
      day,
    );
    expect(words.message).toMatch(/looks like a picture or another kind of file/);
    expect(words.message).not.toMatch(/UTF-8/);
  });

  it("keeps the sentence and drops the rule for another app's file or a newer version", () => {
    const other = refusal(
      "not-a-reconnect-export",
      "This file was not made by Reconnect's export, so nothing was imported.",
      { format: 'must be "reconnect-export"' },
    );
    expect(refusalWords(other, EXPORT, undefined, day)).toEqual({
      message: other.message,
      problems: [],
    });
    const newer = refusal("newer-version", "This file comes from a newer Reconnect.", {
      version: "must be at most 1",
    });
    expect(refusalWords(newer, EXPORT, undefined, day)).toEqual({
      message: newer.message,
      problems: [],
    });
  });

  it("says an empty body is an empty file, and another shape is not an export", () => {
    const body = refusal("invalid-import", "The file must hold one JSON object.", {
      body: "must be a JSON object",
    });
    expect(refusalWords(body, { ...EXPORT, size: 0 }, undefined, day).message).toMatch(/is empty/);
    expect(refusalWords(body, EXPORT, undefined, day).message).toMatch(
      /does not hold a Reconnect export/,
    );
  });

  it("isolates the file's name in the server's refusals too", () => {
    const open = file("export\u202E.json", "application/json");
    const quoted = '"\u2068export\u202E.json\u202C\u2069"';
    const unreadable = refusal("invalid-json", "The file is not JSON.");
    expect(refusalWords(unreadable, open, undefined, day).message).toBe(
      `${quoted} could not be read as a Reconnect export: it may be cut short or changed by hand. Nothing was imported.`,
    );
    const body = refusal("invalid-import", "The file must hold one JSON object.", {
      body: "must be a JSON object",
    });
    expect(refusalWords(body, open, undefined, day).message).toMatch(
      new RegExp(`^${quoted} does not hold a Reconnect export`),
    );
    expect(refusalWords(refusal("not-utf8", "Not UTF-8."), open, undefined, day).message).toMatch(
      new RegExp(`^${quoted} looks like`),
    );
  });

  it("keeps a sentence of its own for a refusal of another kind", () => {
    const tooLarge = refusal("body-too-large", "The file is over 50 MB.", { body: "is too large" });
    expect(refusalWords(tooLarge, EXPORT, undefined, day).message).toBe("The file is over 50 MB.");
  });

  it("names broken check-ins by their day, or counted from one when the day is unreadable", () => {
    const doc = {
      checkins: [{ date: "2026-08-01" }, { date: "someday" }, {}, { date: "2026-08-12" }],
    };
    const words = refusalWords(
      refusal(
        "invalid-import",
        "Nothing was imported. Please check checkins.3.mood, checkins.1.date.",
        {
          "checkins.3.mood": "must be a whole number from 0 to 10",
          "checkins.1.date": "must be a real date",
        },
      ),
      EXPORT,
      doc,
      day,
    );
    expect(words).toEqual({
      message: "Nothing was imported. These parts of the file need changing first:",
      problems: [
        "The check-in for day 2026-08-12: the mood must be a whole number from 0 to 10",
        "The 2nd check-in: the date must be a real date",
      ],
    });
  });

  it("counts from one when the file could not be read here", () => {
    expect(problemWords("checkins.0.mood", "must be 0 to 10", undefined, day)).toBe(
      "The 1st check-in: the mood must be 0 to 10",
    );
  });

  it("names a field once when its rule, as its route words it, starts with the field", () => {
    expect(problemWords("activities.0.minutes", "minutes must be 1 to 600", {}, day)).toBe(
      "The 1st own activity: the minutes must be 1 to 600",
    );
    expect(problemWords("activities.1.firstStep", "firstStep must not be empty", {}, day)).toBe(
      "The 2nd own activity: the first step must not be empty",
    );
    expect(problemWords("people.0.name", "must not be empty", {}, day)).toBe(
      "The 1st person in your circle: the name must not be empty",
    );
  });

  it("says nested and other parts in words", () => {
    expect(problemWords("checkins.2.connections.0.personId", "is not in this file", {}, day)).toBe(
      "The 3rd check-in: the person id of its 1st connection is not in this file",
    );
    expect(problemWords("routine.ticks.10.time", "must be HH:MM", {}, day)).toBe(
      "The 11th routine tick: the time must be HH:MM",
    );
    expect(problemWords("safetyPlan.warningSigns", "must be a list", {}, day)).toBe(
      "The safety plan: the warning signs must be a list",
    );
    expect(problemWords("plans.4", "is given twice in this file", {}, day)).toBe(
      "The 5th planned activity: it is given twice in this file",
    );
  });

  it("writes ordinals as people do", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "101st",
      "111th",
    ]);
  });
});

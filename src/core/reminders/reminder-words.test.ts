import { describe, expect, it } from "vitest";
import { everyReminderString, reminderWords } from "./reminder-words.js";

// Words that count, blame or push: a reminder that says any of them turns an open door into a
// test the person is failing.
const SHAME_WORDS = [
  "missed",
  "miss",
  "streak",
  "again",
  "forgot",
  "forget",
  "should",
  "must",
  "haven't",
  "didn't",
  "late",
  "overdue",
  "behind",
  "in a row",
  "don't break",
  "failed",
  "still waiting",
  "remember to",
];

/** The shame words found in `text`, whole words only, either apostrophe. */
function shameWordsIn(text: string): string[] {
  return SHAME_WORDS.filter((word) =>
    new RegExp(`\\b${word.replace(/'/g, "['’]")}\\b`, "i").test(text),
  );
}

describe("the words reminders use", () => {
  const strings = everyReminderString();

  it("covers every reminder string, functions filled in", () => {
    expect(strings).toHaveLength(Object.keys(reminderWords).length);
    expect(strings.every((text) => text.length > 0)).toBe(true);
    expect(strings).toContain(reminderWords.stepAlarm("Open a window"));
  });

  it("finds shame words where they are, so the check below can fail", () => {
    expect(shameWordsIn("You missed 3 days. Don’t break your streak: check in again!")).toEqual([
      "missed",
      "streak",
      "again",
      "don't break",
    ]);
    expect(shameWordsIn("A mission statement")).toEqual([]);
  });

  it("says none of them, in any reminder", () => {
    expect(strings.map((text) => ({ text, found: shameWordsIn(text) }))).toEqual(
      strings.map((text) => ({ text, found: [] })),
    );
  });

  it("never counts: no digits in any reminder", () => {
    expect(strings.filter((text) => /\d/.test(text))).toEqual([]);
  });
});

describe("a step's own words in a reminder", () => {
  it("are isolated when they could turn the reminder's words around, and the full stop ends ours", () => {
    expect(reminderWords.stepAlarm("Walk\u202E")).toBe(
      "Coming up, if it still suits you: \u2068Walk\u202E\u202C\u2069.",
    );
    expect(reminderWords.stepNotificationBody("Walk\u202E")).toBe(
      "\u2068Walk\u202E\u202C\u2069. Doing it, changing it or letting it go are all fine.",
    );
  });

  it("are left as written when plain, with no second mark after one they wrote", () => {
    expect(reminderWords.stepAlarm("Open a window")).toBe(
      "Coming up, if it still suits you: Open a window.",
    );
    expect(reminderWords.stepNotificationBody("Call Sam?")).toBe(
      "Call Sam? Doing it, changing it or letting it go are all fine.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { midSentence, stepCopy } from "./steps.js";

describe("a step's title inside a sentence", () => {
  it("starts small and keeps 'I' a capital, as a screen reader should say it", () => {
    expect(midSentence("Things I can do on my own to cope")).toBe(
      "things I can do on my own to cope",
    );
    expect(midSentence("Person to ask 2")).toBe("person to ask 2");
  });

  it("leaves no lone small 'i' in any step's hidden words", () => {
    for (const copy of stepCopy) {
      expect(` ${midSentence(copy.title)} ${midSentence(copy.entry)} `).not.toMatch(/ i /);
    }
  });
});

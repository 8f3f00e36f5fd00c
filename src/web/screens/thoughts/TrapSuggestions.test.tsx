import { describe, expect, it } from "vitest";
import { certaintyWords } from "./TrapSuggestions.js";

describe("certaintyWords", () => {
  it("says maybe below 0.7 and likely from 0.7, and never states a trap as fact", () => {
    expect(certaintyWords(0.3).word).toBe("Maybe");
    expect(certaintyWords(0.69).word).toBe("Maybe");
    expect(certaintyWords(0.7).word).toBe("Likely");
    expect(certaintyWords(1).word).toBe("Likely");
    for (const confidence of [0, 0.5, 0.7, 0.99, 1]) {
      const { word, sentence } = certaintyWords(confidence);
      expect(sentence).toMatch(/only you can say/i);
      expect(`${word} ${sentence}`).not.toMatch(/certain|definitely|you have|you are/i);
    }
  });
});

import { describe, expect, it } from "vitest";
import { trapIds } from "./trap-ids.js";
import { trapInfo } from "./trap-info.js";

describe("trapInfo", () => {
  it("describes every trap with a name, two sentences and one or two questions", () => {
    expect(Object.keys(trapInfo).sort()).toEqual([...trapIds].sort());
    for (const id of trapIds) {
      const info = trapInfo[id];
      expect(info.name.length).toBeGreaterThan(0);
      expect(info.explanation).toHaveLength(2);
      expect(info.questions.length).toBeGreaterThanOrEqual(1);
      expect(info.questions.length).toBeLessThanOrEqual(2);
      for (const question of info.questions) expect(question.endsWith("?")).toBe(true);
    }
  });

  it("never tells the person what they should do", () => {
    for (const info of Object.values(trapInfo)) {
      const text = [info.name, ...info.explanation, ...info.questions].join(" ");
      expect(text).not.toMatch(/\byou (should|must|need to|have to|ought to)\b/i);
    }
  });

  it("asks about Blaming in ways that widen the view without handing the fault back", () => {
    // A lonely parent who blames their grown child must not read "it's your fault" instead.
    for (const question of trapInfo.blaming.questions) {
      expect(question).not.toMatch(/\b(fault|blame|yours|your part|your doing|to change)\b/i);
    }
    expect(trapInfo.blaming.questions.join(" ")).toMatch(/\bwhat else\b/i);
  });
});

import { describe, expect, it } from "vitest";
import {
  LONE_SURROGATE_MESSAGE,
  NUL_MESSAGE,
  textProblem,
  textProblems,
  wellFormedText,
} from "./well-formed.js";

describe("text both databases keep exactly", () => {
  it.each([
    ["", undefined],
    ["plain", undefined],
    ["😀 𝄞 👩‍👩‍👧 家族 \u202eعربى\u200f", undefined],
    ["\uD83D", LONE_SURROGATE_MESSAGE],
    ["\uDE00", LONE_SURROGATE_MESSAGE],
    ["a\uD83Db", LONE_SURROGATE_MESSAGE],
    ["\uDE00\uD83D", LONE_SURROGATE_MESSAGE],
    ["😀\uD83D", LONE_SURROGATE_MESSAGE],
    ["a\u0000b", NUL_MESSAGE],
  ])("%j → %s", (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });

  it("names each bad text by its path, and a bad field name on the object that holds it", () => {
    const problems = textProblems({
      title: "ok",
      feelings: [{ name: "fine" }, { name: "sad\uD83D" }],
      note: "a\u0000",
      nested: { "bad\uDE00key": 1 },
    });
    expect(problems).toEqual({
      "feelings.1.name": LONE_SURROGATE_MESSAGE,
      note: NUL_MESSAGE,
      nested: `has a field name that ${LONE_SURROGATE_MESSAGE}`,
    });
    expect(textProblems("\u0000")).toEqual({ body: NUL_MESSAGE });
    expect(textProblems({ __proto__: null, constructor: "\uD800" })).toEqual({
      constructor: LONE_SURROGATE_MESSAGE,
    });
  });

  it("checks before trimming or counting, so the answer names the real problem", () => {
    const schema = wellFormedText().trim().min(1).max(3);
    const result = schema.safeParse(`${"a".repeat(10)}\uD83D`);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([LONE_SURROGATE_MESSAGE]);
    expect(schema.parse(" 😀 ")).toBe("😀");
  });
});

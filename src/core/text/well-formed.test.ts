import { describe, expect, it } from "vitest";
import {
  LONE_SURROGATE_MESSAGE,
  NUL_MESSAGE,
  textProblem,
  textProblemSteps,
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

  it("names problems in the order they stand in the value, a bad field name where it stands", () => {
    const value = { a: { x: "\u0000", "y\uD800": 1 }, "b\uDE00": 1, c: ["ok", "\uD83D"] };
    expect(Object.entries(textProblems(value))).toEqual([
      ["a.x", NUL_MESSAGE],
      ["a", `has a field name that ${LONE_SURROGATE_MESSAGE}`],
      ["body", `has a field name that ${LONE_SURROGATE_MESSAGE}`],
      ["c.1", LONE_SURROGATE_MESSAGE],
    ]);
  });

  it("as steps, stops after each so many values and finds the same", () => {
    const value = { list: Array.from({ length: 10 }, (_, day) => ({ day, note: "\u0000" })) };
    const steps = textProblemSteps(value, 7);
    let stops = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) stops += 1;
    // The object, the list, and each of ten records with its two values: 32 values.
    expect(stops).toBe(4);
    expect(step.value).toEqual(textProblems(value));
    expect(Object.keys(step.value)).toHaveLength(10);
  });

  it("stops once it has found enough problems, reading no value past the last it names", () => {
    // A file of millions of bad texts once had every one named (and every item of a list taken
    // up at once) before the refusal, which names the first ten, was sent.
    const items = Array.from({ length: 1_000 }, () => "\u0000");
    const read = new Set<PropertyKey>();
    const list = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) read.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
    const steps = textProblemSteps({ list, after: "\uD800" }, 1, 3);
    let stops = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) stops += 1;
    expect(step.value).toEqual({
      "list.0": NUL_MESSAGE,
      "list.1": NUL_MESSAGE,
      "list.2": NUL_MESSAGE,
    });
    // The object, its list, and the list's first three items.
    expect(stops).toBe(5);
    expect([...read]).toEqual(["0", "1", "2"]);
  });

  it("names the same first problems however many it is asked for", () => {
    const value = { a: ["\u0000", "ok", { "b\uD800": 1, c: "\uDE00" }], d: "\u0000" };
    const all = textProblems(value);
    for (const enough of [1, 2, 3, 4]) {
      const steps = textProblemSteps(value, 2, enough);
      let step = steps.next();
      while (!step.done) step = steps.next();
      expect(step.value).toEqual(Object.fromEntries(Object.entries(all).slice(0, enough)));
    }
  });

  it("checks before trimming or counting, so the answer names the real problem", () => {
    const schema = wellFormedText().trim().min(1).max(3);
    const result = schema.safeParse(`${"a".repeat(10)}\uD83D`);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([LONE_SURROGATE_MESSAGE]);
    expect(schema.parse(" 😀 ")).toBe("😀");
  });
});

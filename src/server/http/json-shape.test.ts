import { describe, expect, it } from "vitest";
import { JsonShapeCheck, jsonShapeProblem, MAX_JSON_DEPTH } from "./json-shape.js";

const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

/** The text fed a few characters at a time, as a streamed import arrives. */
function inPieces(text: string, size: number) {
  const check = new JsonShapeCheck();
  for (let at = 0; at < text.length; at += size) {
    const problem = check.feed(text.slice(at, at + size));
    if (problem) return problem;
  }
  return undefined;
}

describe("the shape every JSON body must have", () => {
  it.each([
    ["at the top", '{"mood":1,"mood":5}', "mood", "mood"],
    [
      "inside a list",
      '{"connections":[{"mode":"call"},{"mode":"a","mode":"b"}]}',
      "mode",
      "connections.1.mode",
    ],
    ["written with escapes", '{"mood":1,"m\\u006fod":5}', "mood", "mood"],
    [
      "after a string holding quotes and braces",
      '{"note":"a \\"}{\\" b","note":"x"}',
      "note",
      "note",
    ],
  ])("finds a key given twice %s, and where", (_where, text, key, path) => {
    for (const size of [1, 3, text.length]) {
      expect(inPieces(text, size)).toEqual({ kind: "duplicate-key", key, path });
    }
  });

  it.each([
    '{"mood":1,"note":"mood"}',
    '{"a":{"mood":1},"b":{"mood":2}}',
    '[{"mood":1},{"mood":1}]',
    '{"note":"ends in a backslash \\\\","mood":1}',
    '{"":1,"\\"":2}',
  ])(
    "lets through the same key in different objects, and texts that look like keys: %s",
    (text) => {
      for (const size of [1, 2, text.length]) expect(inPieces(text, size)).toBeUndefined();
    },
  );

  it("finds a key given twice among thousands in one object", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `"k${i}":${i}`);
    expect(jsonShapeProblem(`{${keys.join(",")}}`)).toBeUndefined();
    const twice = `{${[...keys, '"k4321":0'].join(",")}}`;
    expect(inPieces(twice, 7)).toEqual({ kind: "duplicate-key", key: "k4321", path: "k4321" });
  });

  it(`takes ${MAX_JSON_DEPTH} levels of nesting and refuses one more`, () => {
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1))?.kind).toBe("too-deep");
    expect(jsonShapeProblem(`{"a":${nested(MAX_JSON_DEPTH)}}`)?.kind).toBe("too-deep");
  });

  it("does not count brackets inside texts as nesting", () => {
    expect(jsonShapeProblem(`{"note":"${"[{".repeat(100)}"}`)).toBeUndefined();
  });
});

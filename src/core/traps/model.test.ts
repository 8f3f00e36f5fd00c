import { describe, expect, it } from "vitest";
import { serializeModel } from "./dataset.js";
import { loadModel } from "./model.js";
import committed from "./model.json" with { type: "json" };
import { trainModel } from "./train.js";

describe("loadModel", () => {
  it("loads the committed model", () => {
    const model = loadModel(committed);
    expect(model.weights.size).toBe(Object.keys(committed.features).length);
  });

  it("refuses a malformed model", () => {
    expect(() => loadModel(null)).toThrow();
    expect(() => loadModel({ ...committed, version: 1 })).toThrow();
    expect(() => loadModel({ ...committed, traps: ["labeling"] })).toThrow();
    expect(() => loadModel({ ...committed, bias: [1, 2] })).toThrow();
    // A list of one weight per learned trap, without the "some trap" column, is the old format.
    expect(() => loadModel({ ...committed, bias: committed.bias.slice(0, -1) })).toThrow();
    expect(() => loadModel({ ...committed, features: { "w:x": [1, "a"] } })).toThrow();
    expect(() => loadModel({ ...committed, charGrams: false })).toThrow();
  });

  it("serializes to JSON that parses back to the same model", () => {
    const model = trainModel(
      [
        { text: "I always fail", traps: ["overgeneralizing"] },
        { text: "I had a walk", traps: [] },
        { text: "They always leave", traps: ["overgeneralizing"] },
        { text: "A quiet day", traps: [] },
      ],
      { folds: 2, iterations: 20 },
    );
    expect(JSON.parse(serializeModel(model))).toEqual(model);
  });
});

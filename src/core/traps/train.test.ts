import { describe, expect, it } from "vitest";
import projectData from "../../../datasets/thinking-traps/project.jsonl?raw";
import trainingData from "../../../datasets/thinking-traps/train.jsonl?raw";
import { bytesSubset } from "./bytes-subset.js";
import { parseExamples, serializeModel } from "./dataset.js";
import { createTrapDetector } from "./detect-traps.js";
import { loadModel } from "./model.js";
import committed from "./model.json" with { type: "json" };
import subset from "./model.subset.json" with { type: "json" };
import subsetText from "./model.subset.json?raw";
import {
  assignFolds,
  chooseThreshold,
  fitPlatt,
  type TrainingExample,
  trainModel,
} from "./train.js";
import { learnedTrapIds } from "./trap-ids.js";

describe("trainModel", () => {
  // The full model takes over a minute of one core to retrain (`npm run train:traps -- --check`
  // compares it byte for byte); a fixed slice of both files goes through the same code in
  // seconds, so its committed bytes pin that code.
  it("reproduces the committed slice model from its training data, byte for byte", {
    timeout: 120_000,
  }, () => {
    const model = trainModel(bytesSubset(parseExamples(trainingData), parseExamples(projectData)));
    expect(model).toEqual(subset);
    expect(serializeModel(model)).toBe(subsetText);
  });

  it("learns a word it sees only with one trap, and is deterministic", () => {
    const examples: TrainingExample[] = [];
    for (let i = 0; i < 40; i++) {
      examples.push({ text: `the zorblat number ${i} came`, traps: ["comparing"] });
      examples.push({ text: `a plain note number ${i} came`, traps: [] });
    }
    const options = { folds: 3, iterations: 80 };
    const first = trainModel(examples, options);
    expect(trainModel(examples, options)).toEqual(first);
    const detect = createTrapDetector(loadModel(first));
    expect(detect("zorblat again").traps.map((trap) => trap.id)).toContain("comparing");
    expect(detect("a plain note").traps).toEqual([]);
  });

  it("with a class-balanced loss, weighs a rare trap's word more", () => {
    const examples: TrainingExample[] = [];
    for (let i = 0; i < 60; i++) {
      examples.push({
        text: i % 12 === 0 ? `the zorblat number ${i} came` : `a plain note number ${i} came`,
        traps: i % 12 === 0 ? ["comparing"] : [],
      });
    }
    const column = learnedTrapIds.indexOf("comparing");
    const weightOf = (balance: number) =>
      trainModel(examples, { folds: 3, iterations: 80, balance }).features["w:zorblat"]?.[column] ??
      0;
    expect(weightOf(1)).toBeGreaterThan(weightOf(0));
  });

  it('stores one weight per learned trap and one for "some trap", as integers', () => {
    const model = loadModel(committed);
    expect(model.traps).toEqual(learnedTrapIds);
    for (const list of Object.values(committed.features)) {
      expect(list).toHaveLength(learnedTrapIds.length + 1);
      for (const value of list) expect(Number.isInteger(value)).toBe(true);
    }
  });
});

describe("training helpers", () => {
  it("deals folds evenly and the same way every time", () => {
    const folds = assignFolds(103, 5, 1);
    expect(assignFolds(103, 5, 1)).toEqual(folds);
    const sizes = [0, 1, 2, 3, 4].map((k) => folds.filter((f) => f === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it("calibrates scores into increasing probabilities", () => {
    const scores = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4];
    const truth = [0, 0, 0, 1, 0, 0, 1, 1, 1, 1];
    const [a] = fitPlatt(scores, truth);
    expect(a).toBeGreaterThan(0);
  });

  it("keeps thresholds inside their bounds", () => {
    const probabilities = [0.01, 0.02, 0.03, 0.95, 0.97];
    const truth = [0, 0, 0, 1, 1];
    const threshold = chooseThreshold(probabilities, truth, {
      minThreshold: 0.2,
      maxThreshold: 0.7,
    });
    expect(threshold).toBeGreaterThanOrEqual(0.2);
    expect(threshold).toBeLessThanOrEqual(0.7);
  });
});

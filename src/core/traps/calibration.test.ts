import { describe, expect, it } from "vitest";
import projectData from "../../../datasets/thinking-traps/project.jsonl?raw";
import trainingData from "../../../datasets/thinking-traps/train.jsonl?raw";
import { parseExamples } from "./dataset.js";
import { createTrapDetector } from "./detect-traps.js";
import { loadModel } from "./model.js";
import { assignGroupFolds, balancedAccuracy, trainModel } from "./train.js";

/**
 * The "some trap" calibration, checked where it was not fitted: a fifth of the project's
 * templates is held back whole (no rewording of a held-back sentence is trained on), the model
 * is trained as usual on the rest, and the held-back thoughts are detected.
 */
describe("calibration on held-back templates", () => {
  it("keeps balanced thoughts mostly quiet and some-vs-none balanced", { timeout: 300_000 }, () => {
    const project = parseExamples(projectData);
    const fold = assignGroupFolds(project, 5, 1);
    const heldBack = project.filter((_, i) => fold[i] === 0);
    const model = trainModel([
      ...parseExamples(trainingData),
      ...project.filter((_, i) => fold[i] !== 0),
    ]);
    const detect = createTrapDetector(loadModel(model));
    const guesses = heldBack.map((example) => detect(example.text).traps.length > 0);
    const truth = heldBack.map((example) => (example.traps.length > 0 ? 1 : 0));
    const balanced = heldBack.filter((example) => example.traps.length === 0);
    const flagged = guesses.filter((guess, i) => guess && truth[i] === 0).length;
    expect(balanced.length).toBeGreaterThan(100);
    expect(flagged / balanced.length).toBeLessThanOrEqual(0.2);
    expect(balancedAccuracy(guesses, truth)).toBeGreaterThanOrEqual(0.75);
  });
});

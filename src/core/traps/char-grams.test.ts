import { describe, expect, it } from "vitest";
import { addCharGrams, CHAR_BUCKETS, charGramFeature, fnv1a } from "./char-grams.js";
import { analyze, featureNames } from "./features.js";
import { loadModel } from "./model.js";
import { scoreSentences } from "./score-sentences.js";
import { type TrainingExample, trainModel } from "./train.js";
import { learnedTrapIds } from "./trap-ids.js";

const gramsOf = (word: string): Set<string> => {
  const names = new Set<string>();
  addCharGrams(word, names);
  return names;
};

describe("character n-grams", () => {
  it("hashes with FNV-1a, the same on every run", () => {
    // Published FNV-1a 32-bit test vectors.
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("cuts 3- to 5-letter pieces of the marked word into buckets", () => {
    // "<sad>" has three 3-grams, two 4-grams and one 5-gram.
    const names = gramsOf("sad");
    expect(names.size).toBeLessThanOrEqual(6);
    expect(names.has(charGramFeature(fnv1a("<sa") % CHAR_BUCKETS))).toBe(true);
    expect(names.has(charGramFeature(fnv1a("<sad>") % CHAR_BUCKETS))).toBe(true);
    for (const name of names) {
      const bucket = Number(name.slice(2));
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(CHAR_BUCKETS);
    }
  });

  it("gives words that share an ending shared features", () => {
    const useless = gramsOf("useless");
    const hopeless = gramsOf("hopeless");
    const shared = [...useless].filter((name) => hopeless.has(name));
    expect(shared).toContain(charGramFeature(fnv1a("less>") % CHAR_BUCKETS));
    expect(gramsOf("calm").has(charGramFeature(fnv1a("less>") % CHAR_BUCKETS))).toBe(false);
  });

  it("joins a thought's features for its content words only, and only when asked", () => {
    const ending = charGramFeature(fnv1a("less>") % CHAR_BUCKETS);
    const names = featureNames(analyze("I am hopeless"), true);
    expect(names).toContain(ending);
    // "am" is a stopword: it adds no pieces of its own.
    expect(names).not.toContain(charGramFeature(fnv1a("<am>") % CHAR_BUCKETS));
    expect(featureNames(analyze("I am hopeless")).some((name) => name.startsWith("c:"))).toBe(
      false,
    );
  });

  it("trains and scores a model with them, which then says so", () => {
    const examples: TrainingExample[] = [];
    const hopeless = ["hopeless", "useless", "pointless", "worthless", "helpless", "clueless"];
    const plain = ["sunny", "busy", "quiet", "cold", "long", "early"];
    for (let i = 0; i < 30; i++) {
      examples.push({ text: `this is ${hopeless[i % 5]} ${i}`, traps: ["labeling"] });
      examples.push({ text: `this is ${plain[i % 5]} ${i}`, traps: [] });
    }
    const data = trainModel(examples, { folds: 3, iterations: 80, charGrams: true });
    expect(data.charGrams).toBe(true);
    const model = loadModel(data);
    expect(model.charGrams).toBe(true);
    // "clueless" is never in training: only its pieces ("less>") can tie it to the others.
    const c = learnedTrapIds.indexOf("labeling");
    const column = (text: string) => scoreSentences(model, text).sentences[0]?.raw[c] ?? 0;
    expect(column("this is clueless")).toBeGreaterThan(column("this is early"));
    expect(trainModel(examples, { folds: 3, iterations: 80 }).charGrams).toBeUndefined();
  });
});

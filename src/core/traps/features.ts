import { addCharGrams } from "./char-grams.js";
import { findPatternHits, type PatternDef, type PatternHit, patterns } from "./patterns.js";
import { prepareText, stem, type Token, tokenize } from "./text.js";

/**
 * Words too common to mean anything on their own. They still count inside word pairs
 * ("i am", "will not") and in the patterns; alone they would mostly teach the model that
 * a full sentence looks different from the short topic notes among the data's neutral
 * examples, which says nothing about thinking traps.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if so of to in on at by for with from about as into than then that this " +
    "these those it its is am are was were be been being do does did have has had i me my mine " +
    "myself we us our you your he him his she her they them their what which who whom when where " +
    "why how there here just very really also too up out over again some any can could would will " +
    "shall may might must should not no"
  ).split(" "),
);

/** Function words that still make a pair with another function word: modals and negations. */
const MODALS_AND_NEGATIONS: ReadonlySet<string> = new Set(
  "should must will would can could have not no".split(" "),
);

/** Whether a word makes a pair with any neighbour (content words do; see featureNames). */
const keepsPair = (word: string): boolean => !STOPWORDS.has(word) || MODALS_AND_NEGATIONS.has(word);

export interface Analysis {
  /** The text as `prepareText` makes it: lowercase, straight apostrophes, same length. */
  readonly prepared: string;
  readonly tokens: readonly Token[];
  readonly hits: readonly PatternHit[];
}

export function analyze(text: string): Analysis {
  const prepared = prepareText(text);
  return { prepared, tokens: tokenize(prepared), hits: findPatternHits(prepared) };
}

/** The model's feature name for a pattern. */
export const patternFeature = (pattern: PatternDef): string => `p:${pattern.id}`;

/**
 * The distinct feature names of an analysed text: word stems, word pairs and pattern ids, and
 * with `charGrams` the hashed character n-grams of its content words (`char-grams.ts`).
 */
export function featureNames(analysis: Analysis, charGrams = false): string[] {
  const names = new Set<string>();
  let previous = "";
  for (const token of analysis.tokens) {
    if (token.sentenceStart) previous = "";
    for (const part of token.parts) {
      if (!STOPWORDS.has(part)) {
        names.add(`w:${stem(part)}`);
        if (charGrams) addCharGrams(part, names);
      }
      // Pairs of function words ("i am", "did not") mostly mark full sentences, which the
      // data's neutral topic notes lack; the patterns carry the pairs that matter. A modal or a
      // negation paired with another ("i will", "should have", "will not") is kept: it marks a
      // prediction, a rule or a regret, which is where several traps live
      // (docs/TRAPS-MODEL.md, "Modal and negation pairs").
      if (previous !== "" && (keepsPair(previous) || keepsPair(part))) {
        names.add(`b:${previous} ${part}`);
      }
      previous = part;
    }
  }
  for (const hit of analysis.hits) {
    const pattern = patterns[hit.pattern];
    if (pattern) names.add(patternFeature(pattern));
  }
  return [...names];
}

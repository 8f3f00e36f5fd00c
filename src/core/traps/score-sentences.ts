import type { TrapSpan } from "./detect-traps.js";
import { type Analysis, analyze, featureNames } from "./features.js";
import type { ScoringWeights } from "./model.js";
import { splitSentences } from "./sentences.js";

/** One sentence of a text, looked at on its own. */
export interface SentenceScore {
  /** Where the sentence is in the whole text. */
  readonly span: TrapSpan;
  /**
   * The sentence's own words and pattern matches, with offsets into the whole text; `prepared`
   * is the whole prepared text.
   */
  readonly analysis: Analysis;
  /** The raw score of every model column (before calibration). */
  readonly raw: Float64Array;
}

export interface ScoredText {
  /** The whole text's analysis. */
  readonly analysis: Analysis;
  readonly sentences: readonly SentenceScore[];
}

/**
 * Scores each sentence of `text` on its own. A paragraph is judged sentence by sentence so that
 * one distorted line among plain ones yields that line's trap, and the plain lines around it
 * neither add to it nor dilute it. The text is analysed once and its words and matches are
 * dealt out to the sentences (a match that runs over a sentence end belongs to none), which
 * costs about what analysing one short thought did.
 */
export function scoreSentences(model: ScoringWeights, text: string): ScoredText {
  const analysis = analyze(text);
  const width = model.bias.length;
  const spans = splitSentences(text);
  // Each word and match goes to the sentence that holds it whole, found by binary search and
  // kept in its original order, so a long text of many sentences costs n log n, not n².
  const tokens: Analysis["tokens"][number][][] = spans.map(() => []);
  const hits: Analysis["hits"][number][][] = spans.map(() => []);
  for (const token of analysis.tokens) tokens[holder(spans, token)]?.push(token);
  for (const hit of analysis.hits) hits[holder(spans, hit)]?.push(hit);
  const sentences = spans.map((span, k) => {
    const own: Analysis = {
      prepared: analysis.prepared,
      tokens: tokens[k] ?? [],
      hits: hits[k] ?? [],
    };
    const raw = Float64Array.from(model.bias);
    for (const name of featureNames(own, model.charGrams)) {
      const weights = model.weights.get(name);
      if (!weights) continue;
      for (let c = 0; c < width; c++) raw[c] = (raw[c] ?? 0) + (weights[c] ?? 0);
    }
    return { span, analysis: own, raw };
  });
  return { analysis, sentences };
}

/** The index of the sentence that holds `item` whole, or -1 when none does. */
function holder(spans: readonly TrapSpan[], item: TrapSpan): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) return -1;
    if (item.start < span.start) high = middle - 1;
    else if (item.start >= span.end) low = middle + 1;
    else return item.end <= span.end ? middle : -1;
  }
  return -1;
}

/**
 * How much less likely one sentence of a text is to hold a trap than the text as a whole, as a
 * log-odds offset: a text with a trap usually has it in one of its `count` sentences, so each
 * sentence starts with about 1/count of the odds. Without this, every extra plain sentence
 * would be one more chance of a false alarm, and long, balanced writing would be told it holds
 * a trap far more often than a short thought.
 */
export function sentencePrior(count: number): number {
  return Math.log(Math.max(1, count));
}

import type { Analysis } from "./features.js";
import { patternFeature } from "./features.js";
import { GATE, loadModel, type TrapModel } from "./model.js";
import modelData from "./model.json" with { type: "json" };
import { patternOnly, patternOnlyTraps } from "./pattern-only.js";
import { patterns } from "./patterns.js";
import { type SentenceScore, scoreSentences, sentencePrior } from "./score-sentences.js";
import { stem } from "./text.js";
import type { TrapId } from "./trap-ids.js";
import { detectTriad, type TriadTag } from "./triad.js";

export { PATTERN_ONLY_THRESHOLD } from "./pattern-only.js";

export interface TrapSpan {
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just past the last character. */
  readonly end: number;
}

export interface TrapSuggestion {
  readonly id: TrapId;
  /** 0 to 1: how likely the trap is, calibrated on the training data. */
  readonly confidence: number;
  /** The words that suggest the trap, in text order; never empty. */
  readonly spans: TrapSpan[];
  /** The sentences in which the trap was found, in text order; never empty. */
  readonly sentences: TrapSpan[];
}

export interface TrapDetection {
  /** Suggested traps, most confident first. */
  readonly traps: TrapSuggestion[];
  /** The cognitive-triad tags that are clear from the thought, in the order self, others, future. */
  readonly triad: TriadTag[];
}

/**
 * A pattern of one trap also marks words for another once the model weighs it this much, so
 * that "never" can show catastrophizing as well as overgeneralizing.
 */
const CROSS_SPAN_WEIGHT = 1;

const CLAUSE_END = /[.!?;:,\n\u2026\u3002\uff01\uff1f]/;
const SENTENCE_END = /[.!?;\n\u2026\u3002\uff01\uff1f]/;

/**
 * The stretch of text between the nearest boundaries around an offset, trimmed. The boundaries
 * are found once per text, on first use, and looked up by binary search: walking out from each
 * offset read a whole sentence again for every highlight in it, which for a long thought
 * written as one sentence (commas only) was most of the detector's time.
 */
function regionsOf(text: string, boundary: RegExp): (offset: number) => TrapSpan {
  let ends: number[] | undefined;
  return (offset) => {
    if (ends === undefined) {
      const found: number[] = [];
      for (const match of text.matchAll(new RegExp(boundary.source, "g"))) found.push(match.index);
      ends = found;
    }
    // The first boundary at or after `offset` ends the stretch; the one before it starts it.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((ends[middle] ?? text.length) < offset) low = middle + 1;
      else high = middle;
    }
    let start = low > 0 ? (ends[low - 1] ?? -1) + 1 : 0;
    let end = ends[low] ?? text.length;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    return { start, end };
  };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** An apostrophe or hyphen with letters on both sides is part of its word ("he's", "well-off"). */
function joinsWord(text: string, at: number): boolean {
  const char = text.charAt(at);
  return (
    (char === "'" || char === "-") &&
    WORD_CHAR.test(text.charAt(at - 1)) &&
    WORD_CHAR.test(text.charAt(at + 1))
  );
}

/**
 * A span widened to whole words. Patterns match from a contraction's tail ("'s sick of me"), and
 * a highlight that starts mid-word leaves "He" outside and reads oddly aloud.
 */
function wholeWords(text: string, span: TrapSpan): TrapSpan {
  let { start, end } = span;
  while (start > 0 && (WORD_CHAR.test(text.charAt(start - 1)) || joinsWord(text, start - 1))) {
    start--;
  }
  while (end < text.length && (WORD_CHAR.test(text.charAt(end)) || joinsWord(text, end))) end++;
  return { start, end };
}

function mergeSpans(spans: readonly TrapSpan[]): TrapSpan[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * When no pattern backs a learned trap, point at the clause of the sentence holding the word
 * (or pair of words) that pushed the model most towards it.
 */
function fallbackSpan(
  analysis: Analysis,
  sentence: TrapSpan,
  model: TrapModel,
  c: number,
  clauseAround: (offset: number) => TrapSpan,
): TrapSpan {
  const { tokens } = analysis;
  let bestOffset = -1;
  let bestWeight = 0;
  let previous = "";
  let previousStart = 0;
  for (const token of tokens) {
    if (token.sentenceStart) previous = "";
    for (const part of token.parts) {
      const single = model.weights.get(`w:${stem(part)}`)?.[c] ?? 0;
      if (single > bestWeight) {
        bestWeight = single;
        bestOffset = token.start;
      }
      if (previous !== "") {
        const pair = model.weights.get(`b:${previous} ${part}`)?.[c] ?? 0;
        if (pair > bestWeight) {
          bestWeight = pair;
          bestOffset = previousStart;
        }
      }
      previous = part;
      previousStart = token.start;
    }
  }
  if (bestOffset < 0) return sentence;
  const span = clauseAround(bestOffset);
  // Only punctuation around the word: show the whole sentence rather than nothing.
  return span.start < span.end ? span : sentence;
}

interface Finding {
  confidence: number;
  spans: TrapSpan[];
  sentences: TrapSpan[];
}

/**
 * A detector bound to one model; `detectTraps` uses the committed model.
 *
 * The rule, sentence by sentence:
 * 1. The "some trap" column judges whether the sentence holds any trap at all, its odds
 *    divided by the number of sentences (`sentencePrior`). Below its threshold the sentence
 *    gets no learned trap and no mental filter, however one trap's own column scores: a fair
 *    thought that happens to say "always" stays quiet.
 * 2. Past that judgement, each learned trap is suggested when its own probability reaches its
 *    own threshold; mental filter when its patterns reach `PATTERN_ONLY_THRESHOLD`.
 * 3. Burden is a risk signal as well as a trap, so its patterns count in every sentence, with
 *    or without the first judgement.
 * For the whole text, a trap is suggested when at least one sentence suggests it; its
 * confidence is the highest of those sentences', and it carries the words and the sentences
 * that showed it.
 */
export function createTrapDetector(model: TrapModel): (text: string) => TrapDetection {
  const width = model.traps.length;
  const patternWeights = patterns.map((def) => model.weights.get(patternFeature(def)));
  const gateA = model.calibrationA[GATE] ?? 1;
  const gateB = model.calibrationB[GATE] ?? 0;
  const gateThreshold = model.thresholds[GATE] ?? 1;

  function judge(
    sentence: SentenceScore,
    prior: number,
    found: Map<TrapId, Finding>,
    clauseAround: (offset: number) => TrapSpan,
  ): void {
    const { analysis, raw, span } = sentence;
    const add = (trap: TrapId, confidence: number, spans: TrapSpan[]) => {
      const finding = found.get(trap);
      if (!finding) {
        found.set(trap, { confidence, spans, sentences: [span] });
        return;
      }
      finding.confidence = Math.max(finding.confidence, confidence);
      finding.spans.push(...spans);
      finding.sentences.push(span);
    };
    const burden = patternOnly("burden", analysis.hits);
    if (burden) add("burden", burden.confidence, [...burden.hits]);
    const some = sigmoid(gateA * (raw[GATE] ?? 0) + gateB - prior);
    if (some < gateThreshold) return;
    for (let c = 0; c < width; c++) {
      const trap = model.traps[c];
      if (trap === undefined) continue;
      const a = model.calibrationA[c] ?? 1;
      const b = model.calibrationB[c] ?? 0;
      const confidence = sigmoid(a * (raw[c] ?? 0) + b);
      if (!(confidence >= (model.thresholds[c] ?? 1))) continue;
      const spans: TrapSpan[] = [];
      for (const hit of analysis.hits) {
        const weight = patternWeights[hit.pattern]?.[c] ?? 0;
        const own = patterns[hit.pattern]?.trap === trap;
        if (own ? weight > 0 : weight >= CROSS_SPAN_WEIGHT) spans.push(hit);
      }
      if (spans.length === 0) spans.push(fallbackSpan(analysis, span, model, c, clauseAround));
      add(trap, confidence, spans);
    }
    for (const trap of patternOnlyTraps) {
      if (trap === "burden") continue;
      const result = patternOnly(trap, analysis.hits);
      if (result) add(trap, result.confidence, [...result.hits]);
    }
  }

  return (text: string): TrapDetection => {
    if (text.trim() === "") return { traps: [], triad: [] };
    const found = new Map<TrapId, Finding>();
    const { analysis, sentences } = scoreSentences(model, text);
    const prior = sentencePrior(sentences.length);
    const clauseAround = regionsOf(analysis.prepared, CLAUSE_END);
    for (const sentence of sentences) judge(sentence, prior, found, clauseAround);
    if (found.size === 0) return { traps: [], triad: [] };
    const suggestions: TrapSuggestion[] = [...found].map(([id, finding]) => ({
      id,
      confidence: round3(finding.confidence),
      spans: mergeSpans(finding.spans.map((span) => wholeWords(analysis.prepared, span))),
      sentences: finding.sentences,
    }));
    suggestions.sort((x, y) => y.confidence - x.confidence);
    const triad = detectTriad(
      analysis.tokens,
      suggestions.flatMap((suggestion) => suggestion.spans),
      regionsOf(analysis.prepared, SENTENCE_END),
    );
    return { traps: suggestions, triad };
  };
}

/**
 * Suggests the thinking traps a thought may show, sentence by sentence, with the words that
 * show them and the cognitive-triad tags. Pure: no network, no files, the same answer every
 * time.
 */
export const detectTraps: (text: string) => TrapDetection = createTrapDetector(
  loadModel(modelData),
);

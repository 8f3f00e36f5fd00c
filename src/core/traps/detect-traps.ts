import { type Analysis, analyze, featureNames, patternFeature } from "./features.js";
import { loadModel, type TrapModel } from "./model.js";
import modelData from "./model.json" with { type: "json" };
import { type PatternHit, patterns } from "./patterns.js";
import { stem } from "./text.js";
import type { TrapId } from "./trap-ids.js";
import { detectTriad, type TriadTag } from "./triad.js";

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
}

export interface TrapDetection {
  /** Suggested traps, most confident first. */
  readonly traps: TrapSuggestion[];
  /** The cognitive-triad tags that are clear from the thought, in the order self, others, future. */
  readonly triad: TriadTag[];
}

/**
 * `mental-filter` and `burden` have no training examples: their confidence is the strongest
 * matching pattern's, and this is the bar for suggesting them.
 */
export const PATTERN_ONLY_THRESHOLD = 0.6;

/**
 * A pattern of one trap also marks words for another once the model weighs it this much, so
 * that "never" can show catastrophizing as well as overgeneralizing.
 */
const CROSS_SPAN_WEIGHT = 1;

const CLAUSE_END = /[.!?;:,\n\u2026\u3002\uff01\uff1f]/;
const SENTENCE_END = /[.!?;\n\u2026\u3002\uff01\uff1f]/;

/** The stretch of text between the nearest boundaries around `offset`, trimmed. */
function regionAround(text: string, offset: number, boundary: RegExp): TrapSpan {
  let start = offset;
  while (start > 0 && !boundary.test(text.charAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !boundary.test(text.charAt(end))) end++;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function mergeSpans(spans: TrapSpan[]): TrapSpan[] {
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

/**
 * When no pattern backs a learned trap, point at the clause holding the word (or pair of
 * words) that pushed the model most towards it.
 */
function fallbackSpan(analysis: Analysis, model: TrapModel, c: number): TrapSpan {
  const { tokens, prepared } = analysis;
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
  const span =
    bestOffset < 0
      ? regionAround(prepared, 0, SENTENCE_END)
      : regionAround(prepared, bestOffset, CLAUSE_END);
  if (span.start < span.end) return span;
  // Only punctuation around the word: show the whole thought rather than nothing.
  return regionAround(prepared, Math.max(0, prepared.search(/\S/)), /$^/);
}

function patternOnly(trap: TrapId, hits: readonly PatternHit[]): TrapSuggestion | undefined {
  const own = hits.filter((hit) => patterns[hit.pattern]?.trap === trap);
  if (own.length === 0) return undefined;
  let strongest = 0;
  const distinct = new Set<number>();
  for (const hit of own) {
    strongest = Math.max(strongest, patterns[hit.pattern]?.prior ?? 0);
    distinct.add(hit.pattern);
  }
  // Several different cues agreeing make the suggestion a little more certain.
  const confidence = Math.min(0.97, strongest + 0.05 * (distinct.size - 1));
  if (confidence < PATTERN_ONLY_THRESHOLD) return undefined;
  return { id: trap, confidence: round3(confidence), spans: mergeSpans([...own]) };
}

/** A detector bound to one model; `detectTraps` uses the committed model. */
export function createTrapDetector(model: TrapModel): (text: string) => TrapDetection {
  const width = model.traps.length;
  const patternWeights = patterns.map((def) => model.weights.get(patternFeature(def)));
  return (text: string): TrapDetection => {
    if (text.trim() === "") return { traps: [], triad: [] };
    const analysis = analyze(text);
    const scores = Float64Array.from(model.bias);
    for (const name of featureNames(analysis)) {
      const weights = model.weights.get(name);
      if (!weights) continue;
      for (let c = 0; c < width; c++) scores[c] = (scores[c] ?? 0) + (weights[c] ?? 0);
    }
    const suggestions: TrapSuggestion[] = [];
    for (let c = 0; c < width; c++) {
      const trap = model.traps[c];
      if (trap === undefined) continue;
      const a = model.calibrationA[c] ?? 1;
      const b = model.calibrationB[c] ?? 0;
      const confidence = 1 / (1 + Math.exp(-(a * (scores[c] ?? 0) + b)));
      if (!(confidence >= (model.thresholds[c] ?? 1))) continue;
      const spans: TrapSpan[] = [];
      for (const hit of analysis.hits) {
        const weight = patternWeights[hit.pattern]?.[c] ?? 0;
        const own = patterns[hit.pattern]?.trap === trap;
        if (own ? weight > 0 : weight >= CROSS_SPAN_WEIGHT) spans.push(hit);
      }
      if (spans.length === 0) spans.push(fallbackSpan(analysis, model, c));
      suggestions.push({ id: trap, confidence: round3(confidence), spans: mergeSpans(spans) });
    }
    for (const trap of ["mental-filter", "burden"] as const) {
      const suggestion = patternOnly(trap, analysis.hits);
      if (suggestion) suggestions.push(suggestion);
    }
    suggestions.sort((x, y) => y.confidence - x.confidence);
    const triad = detectTriad(
      analysis.tokens,
      suggestions.flatMap((suggestion) => suggestion.spans),
      (offset) => regionAround(analysis.prepared, offset, SENTENCE_END),
    );
    return { traps: suggestions, triad };
  };
}

/**
 * Suggests the thinking traps a short thought may show, with the words that show them and the
 * cognitive-triad tags. Pure: no network, no files, the same answer every time.
 */
export const detectTraps: (text: string) => TrapDetection = createTrapDetector(
  loadModel(modelData),
);

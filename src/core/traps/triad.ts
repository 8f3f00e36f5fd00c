import type { Token } from "./text.js";

/** The cognitive triad: a negative view of oneself, of other people and the world, or of the future. */
export type TriadTag = "self" | "others" | "future";

const SELF = new Set(["i", "me", "my", "myself", "mine"]);
const OTHERS = new Set([
  "he",
  "she",
  "they",
  "them",
  "him",
  "her",
  "his",
  "their",
  "you",
  "your",
  "everyone",
  "everybody",
  "nobody",
  "anyone",
  "anybody",
  "someone",
  "somebody",
  "people",
  "others",
  "world",
  "life",
  "friend",
  "friends",
  "family",
  "parents",
  "mom",
  "mum",
  "mother",
  "dad",
  "father",
  "boss",
  "partner",
  "husband",
  "wife",
  "boyfriend",
  "girlfriend",
  "sister",
  "brother",
  "son",
  "daughter",
  "kids",
  "children",
  "coworker",
  "coworkers",
  "colleague",
  "colleagues",
  "teacher",
  "society",
  "everything",
  "things",
  "nothing",
  "situation",
]);
// Role words after "a"/"an" describe the writer ("I'm a bad mother"), not someone else.
const ARTICLES = new Set(["a", "an"]);
const FUTURE = new Set([
  "will",
  "gonna",
  "tomorrow",
  "future",
  "someday",
  "eventually",
  "forever",
  "soon",
  "later",
]);

function hasFuture(tokens: readonly Token[]): boolean {
  return tokens.some((token, k) => {
    if (token.parts.some((part) => FUTURE.has(part))) return true;
    const next = tokens[k + 1];
    // "going to fail", "what if it goes wrong": a prediction, not a plan.
    if (token.word === "going" && next?.word === "to") return true;
    return token.word === "what" && next?.word === "if";
  });
}

/**
 * Tags the clauses that show a trap: about the self when the writer is in them, about others
 * or the world when other people or the world are, about the future when they predict.
 */
export function detectTriad(
  tokens: readonly Token[],
  spans: readonly { readonly start: number; readonly end: number }[],
  clauseOf: (offset: number) => { readonly start: number; readonly end: number },
): TriadTag[] {
  if (spans.length === 0) return [];
  // Several highlights in one clause give it once: a long thought has many highlights in few
  // clauses, and each word below is held against every clause.
  const clauses = new Map<string, { start: number; end: number }>();
  for (const span of spans) {
    const from = clauseOf(span.start);
    const to = clauseOf(Math.max(span.start, span.end - 1));
    clauses.set(`${from.start} ${to.end}`, { start: from.start, end: to.end });
  }
  const each = [...clauses.values()];
  const inside = tokens.filter((token) =>
    each.some((clause) => token.start >= clause.start && token.end <= clause.end),
  );
  const tags: TriadTag[] = [];
  if (inside.some((token) => token.parts.some((part) => SELF.has(part)))) tags.push("self");
  const aboutOthers = inside.some(
    (token, k) =>
      token.parts.some((part) => OTHERS.has(part)) && !ARTICLES.has(inside[k - 1]?.word ?? ""),
  );
  if (aboutOthers) tags.push("others");
  if (hasFuture(inside)) tags.push("future");
  return tags;
}

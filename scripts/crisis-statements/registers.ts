/**
 * The ways people write, applied to a plainly written statement: as a careful writer would,
 * as phones and forums write it (no capitals, no punctuation, apostrophes gone or turned into
 * spaces, "i m"), with words run together ("i amdone"), with typos, with slang, shouted, and as
 * one line inside a long rambling post. Seeded, so the same statement and seed give the same text.
 */

export const registerNames = [
  "careful",
  "texting",
  "spaced",
  "run-together",
  "typos",
  "slang",
  "shouted",
  "post",
] as const;
export type Register = (typeof registerNames)[number];

type Random = () => number;

const chance = (random: Random, p: number): boolean => random() < p;

/** Replacements people make when texting, tried in order; each applies with some chance. */
const SLANG: readonly (readonly [RegExp, string])[] = [
  [/\bkill myself\b/g, "kms"],
  [/\bkill myself\b/g, "unalive myself"],
  [/\bcommit suicide\b/g, "ctb"],
  [/\bsuicide\b/g, "sewerslide"],
  [/\bsuicidal\b/g, "suicidl"],
  [/\bgoing to\b/g, "gonna"],
  [/\bwant to\b/g, "wanna"],
  [/\bright now\b/g, "rn"],
  [/\byou\b/g, "u"],
  [/\bare\b/g, "r"],
  [/\bbecause\b/g, "bc"],
  [/\bi don't know\b/g, "idk"],
  [/\breally\b/g, "rly"],
  [/\bplease\b/g, "pls"],
  [/\btonight\b/g, "tonite"],
  [/\bpeople\b/g, "ppl"],
  [/\bwith\b/g, "w"],
  [/\bfor real\b/g, "fr"],
  [/\bthough\b/g, "tho"],
  [/\bto be honest\b/g, "tbh"],
  [/\bmyself\b/g, "myslef"],
];

const NEIGHBOURS: Readonly<Record<string, string>> = {
  a: "qsz",
  b: "vn",
  c: "xv",
  d: "sf",
  e: "wr",
  f: "dg",
  g: "fh",
  h: "gj",
  i: "uo",
  j: "hk",
  k: "jl",
  l: "k",
  m: "n",
  n: "bm",
  o: "ip",
  p: "o",
  r: "et",
  s: "ad",
  t: "ry",
  u: "yi",
  w: "qe",
  y: "tu",
};

function stripPunctuation(text: string): string {
  return text
    .replace(/[.,!?;:"()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function dropApostrophes(text: string): string {
  return text.replace(/'/g, "");
}

/** Forum dumps turn "don't" into "don t" and "i'm" into "i m". */
function spaceApostrophes(text: string): string {
  return text.replace(/'/g, " ");
}

function typo(word: string, random: Random): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  const c = word[at] ?? "";
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + c + word.slice(at);
  if (kind === 2) return word.slice(0, at - 1) + c + (word[at - 1] ?? "") + word.slice(at + 1);
  const near = NEIGHBOURS[c];
  if (near === undefined) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + (near[Math.floor(random() * near.length)] ?? c) + word.slice(at + 1);
}

function addTypos(text: string, random: Random): string {
  const words = text.split(" ");
  const count = 1 + Math.floor(random() * 2);
  for (let n = 0; n < count; n++) {
    const i = Math.floor(random() * words.length);
    words[i] = typo(words[i] ?? "", random);
  }
  return words.join(" ");
}

/** "i am done" -> "i amdone", "i m better" -> "i mbetter", plus a random pair joined. */
function runTogether(text: string, random: Random): string {
  let out = text.replace(/\bi'm\b/g, chance(random, 0.5) ? "i am" : "i m");
  out = out.replace(/\bi (am|m) (\w)/g, "i $1$2");
  const words = out.split(" ");
  if (words.length > 3 && chance(random, 0.6)) {
    const i = Math.floor(random() * (words.length - 1));
    words.splice(i, 2, `${words[i] ?? ""}${words[i + 1] ?? ""}`);
  }
  return words.join(" ");
}

function elongate(text: string, random: Random): string {
  return text.replace(/\b(so|please|die|dead|done|tired|bye|no)\b/g, (word) =>
    chance(random, 0.5) ? word + (word.at(-1) ?? "").repeat(2 + Math.floor(random() * 3)) : word,
  );
}

function careful(text: string, random: Random): string {
  const curly = chance(random, 0.3);
  const body = curly ? text.replace(/'/g, "\u2019") : text;
  const capital = body.replace(/\bi\b/g, "I").replace(/^./, (c) => c.toUpperCase());
  const end = /[.!?]$/.test(capital) ? "" : chance(random, 0.6) ? "." : "";
  return capital + end;
}

function texting(text: string, random: Random): string {
  const plain = stripPunctuation(text);
  return chance(random, 0.85) ? dropApostrophes(plain) : plain;
}

function slang(text: string, random: Random): string {
  let out = text;
  for (const [pattern, replacement] of SLANG) {
    if (pattern.test(out) && chance(random, 0.5)) out = out.replace(pattern, replacement);
    pattern.lastIndex = 0;
  }
  return texting(out, random);
}

/**
 * The statement inside a post: some sentences of life around it, written without full stops or
 * with sentences run into each other, as forum dumps show them ("...do iti am 15").
 */
function post(text: string, random: Random, context: () => string): string {
  const before = Math.floor(random() * 4);
  const after = Math.floor(random() * 3);
  const sentences: string[] = [];
  for (let i = 0; i < before; i++) sentences.push(context());
  sentences.push(text);
  for (let i = 0; i < after; i++) sentences.push(context());
  const style = Math.floor(random() * 3);
  if (style === 0) return sentences.map((s) => careful(s, random)).join(" ");
  const joiner = style === 1 ? " " : "";
  return spaceApostrophes(stripPunctuation(sentences.join(joiner === "" ? "\u0000" : " ")))
    .split("\u0000")
    .join("");
}

/**
 * Words people put around anything ("honestly", "right now", "lol"). Added on both sides, so
 * the model cannot learn that a filler word means crisis because a template happened to use it.
 */
const FILLERS_BEFORE = ["honestly", "tbh", "idk", "ngl", "ok so", "i mean", "like", "so", "ugh"];
const FILLERS_AFTER = [
  "right now",
  "rn",
  "tonight",
  "today",
  "lately",
  "forever",
  "again",
  "so bad",
  "fr",
  "i think",
  "tbh",
  "lol",
  "honestly",
  "anymore",
];

export function addFiller(text: string, random: Random): string {
  const roll = random();
  if (roll < 0.5) return text;
  const before = FILLERS_BEFORE[Math.floor(random() * FILLERS_BEFORE.length)] ?? "";
  const after = FILLERS_AFTER[Math.floor(random() * FILLERS_AFTER.length)] ?? "";
  if (roll < 0.7) return `${before} ${text}`;
  return `${text.replace(/[.!?]$/, "")} ${after}`;
}

export function applyRegister(
  register: Register,
  text: string,
  random: Random,
  context: () => string,
): string {
  switch (register) {
    case "careful":
      return careful(text, random);
    case "texting":
      return texting(text, random);
    case "spaced":
      return spaceApostrophes(stripPunctuation(text));
    case "run-together":
      return texting(runTogether(text, random), random);
    case "typos":
      return addTypos(texting(text, random), random);
    case "slang":
      return slang(text, random);
    case "shouted":
      return chance(random, 0.4)
        ? texting(text, random).toUpperCase()
        : elongate(texting(text, random), random);
    case "post":
      return post(text, random, context);
  }
}

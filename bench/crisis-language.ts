/**
 * How fast is the crisis-language detector on notes people actually write?
 *
 *   node --import tsx bench/crisis-language.ts
 *
 * Builds 10,000 texts from a fixed seed (so every run measures the same texts): ordinary journal
 * sentences, everyday idioms that borrow crisis words, and now and then a crisis phrase, with the
 * typing people do (capitals, curly apostrophes, stretched letters, emoji), from a few words up
 * to the 2,000-character note limit. Times each call, and a plain lower-casing pass over the same
 * texts as a floor to compare with.
 */
import { pathToFileURL } from "node:url";
import { detectCrisisByRules, detectCrisisLanguage } from "../src/core/safety/crisis-language.js";
import { mulberry32 } from "../src/core/seeded-random.js";

const TEXT_COUNT = 10_000;
const MAX_LENGTH = 2_000;
const TARGET_P99_MS = 0.5;

const ORDINARY = [
  "Slept badly again and woke at four.",
  "Made porridge and ate half of it.",
  "Work was a lot today, three meetings back to back.",
  "Called my sister for ten minutes, which helped a bit.",
  "I didn't reply to anyone's messages.",
  "Went for a short walk round the block.",
  "Felt flat most of the afternoon.",
  "Watched two episodes of the baking show.",
  "The flat is a mess and I can't face it.",
  "Mum asked how I was and I said fine.",
  "Cancelled plans with Jo, felt guilty after.",
  "Had a shower, which counts for something.",
  "Rain all day, grey inside and out.",
  "My manager was kind about the deadline.",
  "Couldn't concentrate on the report.",
  "Lay on the sofa staring at the ceiling.",
  "Went to the shop and back without talking to anyone.",
  "I laughed at something on the radio.",
  "Tired but not sleepy, the worst kind.",
  "Texted an old friend back after a week.",
];

const LOOK_ALIKES = [
  "This commute is killing me.",
  "I'd die for a coffee right now.",
  "The battery died halfway through the call.",
  "I'm dead tired after the late shift.",
  "There was no way out of the traffic for an hour.",
  "I can't go on the trip this weekend.",
  "Let's end it all on a high note at the party.",
  "My feet are killing me after that walk.",
  "I was dying of embarrassment.",
  "The plant died while I was away.",
  "I'm drowning in emails.",
  "I cut myself shaving, typical.",
  "That joke killed me.",
  "I could kill for a holiday.",
  "Kill the lights on your way out.",
];

const CRISIS = [
  "I don't want to be here anymore.",
  "Everyone would be better off without me.",
  "I just want to go to sleep and never wake up.",
  "I've been thinking about ending it.",
  "I can't go on like this.",
  "What's the point of living?",
  "I want to die.",
  "Nobody would miss me.",
  "I keep thinking about taking all my pills.",
  "I wish I was never born.",
];

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
}

/** The small changes real typing makes to a sentence. */
function retype(random: () => number, sentence: string): string {
  const roll = random();
  if (roll < 0.1) return sentence.toUpperCase();
  if (roll < 0.2) return sentence.replaceAll("'", "’");
  if (roll < 0.3) return sentence.replaceAll("'", "").toLowerCase();
  if (roll < 0.35) return sentence.replace(/([aeiou])/, "$1$1$1$1");
  if (roll < 0.4) return `${pick(random, ["😞", "🙃", "💀", "✨", "☕"])} ${sentence}`;
  return sentence;
}

/** Lengths spread from a line to the full note: a third short, a third middling, a third long. */
function targetLength(random: () => number): number {
  const band = random();
  if (band < 1 / 3) return 10 + Math.floor(random() * 190);
  if (band < 2 / 3) return 200 + Math.floor(random() * 800);
  return 1_000 + Math.floor(random() * (MAX_LENGTH - 1_000 + 1));
}

export function buildTexts(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const texts: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const length = targetLength(random);
    const crisisChance = random() < 0.25 ? 0.08 : 0;
    let text = "";
    while (text.length < length) {
      const roll = random();
      const source = roll < crisisChance ? CRISIS : roll < 0.3 ? LOOK_ALIKES : ORDINARY;
      text += `${retype(random, pick(random, source))}${random() < 0.15 ? "\n" : " "}`;
    }
    texts.push(text.slice(0, length));
  }
  return texts;
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function timeEach(texts: readonly string[], run: (text: string) => unknown): number[] {
  const times: number[] = [];
  for (const text of texts) {
    const start = performance.now();
    run(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export function main(): void {
  const texts = buildTexts(TEXT_COUNT, 20_240_601);

  // Warm up both paths first, so the timed pass measures compiled code rather than start-up.
  let flagged = 0;
  for (const text of texts) {
    if (detectCrisisLanguage(text).crisis) flagged += 1;
    text.toLowerCase();
  }

  const detect = timeEach(texts, detectCrisisLanguage);
  const rules = timeEach(texts, detectCrisisByRules);
  const lower = timeEach(texts, (text) => text.toLowerCase());

  const lengths = texts.map((text) => text.length);
  const meanLength = lengths.reduce((sum, value) => sum + value, 0) / lengths.length;
  const p99 = percentile(detect, 0.99);
  const ms = (value: number): string => `${value.toFixed(3)} ms`.padStart(10);

  console.log(
    `crisis-language: ${texts.length.toLocaleString("en")} texts, ` +
      `${Math.min(...lengths)} to ${Math.max(...lengths).toLocaleString("en")} characters ` +
      `(mean ${Math.round(meanLength)}), ${((flagged / texts.length) * 100).toFixed(1)}% flagged`,
  );
  console.log(`${"".padEnd(24)}${"median".padStart(10)}${"p99".padStart(10)}`);
  console.log(
    `${"detectCrisisLanguage".padEnd(24)}${ms(percentile(detect, 0.5))}${ms(percentile(detect, 0.99))}`,
  );
  console.log(
    `${"detectCrisisByRules".padEnd(24)}${ms(percentile(rules, 0.5))}${ms(percentile(rules, 0.99))}`,
  );
  console.log(
    `${"toLowerCase (floor)".padEnd(24)}${ms(percentile(lower, 0.5))}${ms(percentile(lower, 0.99))}`,
  );
  console.log(
    `target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? "PASS" : "MISS"} (${p99.toFixed(3)} ms)`,
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) main();

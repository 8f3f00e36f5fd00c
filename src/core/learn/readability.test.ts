import { describe, expect, it } from "vitest";
import {
  readability,
  readingMinutes,
  sentencesOf,
  stripMarkdown,
  syllables,
  wordsOf,
} from "./readability.js";

// Syllable counts as a dictionary gives them.
const KNOWN: Record<string, number> = {
  the: 1,
  cat: 1,
  you: 1,
  yes: 1,
  walk: 1,
  text: 1,
  sleep: 1,
  brain: 1,
  friend: 1,
  makes: 1,
  hoped: 1,
  reach: 1,
  people: 2,
  little: 2,
  wanted: 2,
  places: 2,
  changes: 2,
  lonely: 2,
  safely: 2,
  being: 2,
  trying: 2,
  social: 2,
  quiet: 2,
  burden: 2,
  alone: 2,
  message: 2,
  ready: 2,
  language: 2,
  someone: 2,
  depression: 3,
  energy: 3,
  usual: 3,
  platypus: 3,
  quality: 3,
  connection: 3,
  therapist: 3,
  medicine: 3,
  family: 3,
  cognitive: 3,
  cortisol: 3,
  period: 3,
  rumination: 4,
  actually: 4,
  Australian: 4,
  reptilian: 4,
  evolution: 4,
  activation: 4,
  behavior: 4,
  regulation: 4,
  amygdala: 4,
  anhedonia: 5,
};

describe("syllables", () => {
  it("are right for common and lesson words, and never more than one off", () => {
    const wrong: string[] = [];
    for (const [word, expected] of Object.entries(KNOWN)) {
      const counted = syllables(word);
      expect(Math.abs(counted - expected), word).toBeLessThanOrEqual(1);
      if (counted !== expected) wrong.push(`${word}: ${counted}, not ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it("count hyphenated words part by part, and digits one each", () => {
    expect(syllables("black-and-white")).toBe(3);
    expect(syllables("self-worth")).toBe(2);
    expect(syllables("988")).toBe(3);
    expect(syllables("don't")).toBe(1);
    expect(syllables("person's")).toBe(2);
  });
});

describe("Flesch–Kincaid grade", () => {
  it("matches the published worked example", () => {
    // The example sentence in Wikipedia's "Flesch–Kincaid readability tests": grade 13.1.
    const r = readability(
      "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.",
    );
    expect(r).toMatchObject({ words: 13, sentences: 1, syllables: 26 });
    expect(r.grade).toBeCloseTo(13.1, 1);
  });

  it("scores very plain text below first grade", () => {
    // 6 words, 6 syllables: 0.39 · 6 + 11.8 · 1 − 15.59.
    expect(readability("The cat sat on the mat.").grade).toBeCloseTo(-1.45, 5);
  });

  it("rises with long sentences and long words", () => {
    const plain = readability("You can rest. You can ask for help. A text is enough.");
    const dense = readability(
      "Persistent rumination, characterized by repetitive negative cognition, intensifies depressive symptomatology and interpersonal withdrawal.",
    );
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(16);
  });

  it("is zero for text with no words", () => {
    expect(readability("---\nid: x\n---\n\n")).toEqual({
      words: 0,
      sentences: 0,
      syllables: 0,
      grade: 0,
      minutes: 0,
    });
  });
});

describe("Markdown", () => {
  const lesson = [
    "---",
    "id: sample",
    "title: A sample",
    "sources:",
    "  - Someone's model",
    "---",
    "# A heading",
    "",
    "This is **bold** and _soft_, with [a link](/crisis) and `code`.",
    "It wraps onto a second line.",
    "",
    "- one thing to try",
    "- another thing",
    "",
    "> A quote (composite).",
  ].join("\n");

  it("drops front matter and markup but keeps the words", () => {
    const text = stripMarkdown(lesson);
    expect(text).not.toContain("id:");
    expect(text).not.toMatch(/[*_#`[\]>]/);
    expect(text).toContain("This is bold and soft, with a link and code.");
    expect(wordsOf(text)).toHaveLength(27);
  });

  it("treats headings and list items as sentences of their own", () => {
    expect(sentencesOf(stripMarkdown(lesson))).toEqual([
      "A heading",
      "This is bold and soft, with a link and code.",
      "It wraps onto a second line.",
      "one thing to try",
      "another thing",
      "A quote (composite).",
    ]);
  });
});

describe("reading time", () => {
  it("is about 200 words a minute, rounded up", () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(600)).toBe(3);
    expect(readingMinutes(601)).toBe(4);
    expect(readability("word ".repeat(450)).minutes).toBe(3);
  });
});

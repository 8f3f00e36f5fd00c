/**
 * How hard a piece of Markdown is to read: the Flesch–Kincaid grade level, the word count and
 * the minutes it takes at about 200 words a minute. Lessons are held to a grade of about 7 (a
 * 12-year-old) and three minutes, because depression makes reading and focus harder.
 *
 *   grade = 0.39 · (words / sentences) + 11.8 · (syllables / words) − 15.59
 *
 * Syllables are estimated with English spelling rules, not a dictionary, so a few words come out
 * one off. Across a lesson of a few hundred words those errors mostly cancel.
 */

export const WORDS_PER_MINUTE = 200;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level, unrounded; 0 for text with no words. */
  grade: number;
  /** Whole minutes, at least 1 for any text with words. */
  minutes: number;
}

/** Removes front matter and Markdown markup, keeping the words a reader actually reads. */
export function stripMarkdown(markdown: string): string {
  const blocks: string[] = [];
  let text = markdown.replace(/\r\n?/g, "\n");
  text = text.replace(/^---\n[\s\S]*?\n---(?:\n|$)/, "");
  text = text.replace(/```[\s\S]*?```/g, "");
  text = text.replace(/<!--[\s\S]*?-->/g, "");
  text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1");
  text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  text = text.replace(/<[^>]+>/g, "");
  text = text.replace(/`([^`]*)`/g, "$1");
  text = text.replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2");

  // Headings, list items and table rows each end a sentence even without a full stop, so each
  // becomes a block of its own; the lines of one paragraph join back into one block.
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(paragraph.join(" "));
    paragraph = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || /^([-*_])\1{2,}$/.test(line) || /^\|?[\s:|-]+\|[\s:|-]*$/.test(line)) {
      flush();
      continue;
    }
    const standalone = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/.test(line);
    const cleaned = line
      .replace(/^#{1,6}\s+/, "")
      .replace(/^>\s?/, "")
      .replace(/^([-*+]|\d+[.)])\s+/, "")
      .replace(/\|/g, " ")
      .trim();
    if (standalone) {
      flush();
      if (cleaned) blocks.push(cleaned);
    } else {
      paragraph.push(cleaned);
    }
  }
  flush();
  return blocks.join("\n\n");
}

const WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;

/** The words of plain text: letters and digits, with inner apostrophes and hyphens kept. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences of plain text from {@link stripMarkdown}: blank lines and end punctuation split. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n\s*\n|(?<=[.!?…])["'’”)\]]*\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Syllables in one word (hyphenated words count each part), estimated from spelling. */
export function syllables(word: string): number {
  const parts = word.toLowerCase().split(/[-.]/);
  let total = 0;
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      // Numbers are read aloud digit group by digit group; one syllable a digit is close enough.
      total += part.length;
      continue;
    }
    total += syllablesOfPart(part.replace(/['’]s?$|[^a-z]/g, ""));
  }
  return Math.max(1, total);
}

function syllablesOfPart(w: string): number {
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  let s = w;
  // Silent endings: "makes", "hoped", "hope" (but not "places", "wanted", "table").
  if (/[^aeiouy]es$/.test(s) && !/(?:[sxzcg]|[cs]h)es$/.test(s)) s = s.slice(0, -2);
  else if (/[^aeiouy]ed$/.test(s) && !/[td]ed$/.test(s)) s = s.slice(0, -2);
  else if (/[^aeiouy]e$/.test(s) && !/[^aeiouy]le$/.test(s)) s = s.slice(0, -1);
  // A leading y is a consonant ("you", "yes").
  s = s.replace(/^y/, "");
  let count = (s.match(/[aeiouy]+/g) ?? []).length;
  // Vowel pairs that are usually two sounds: "anhedonia", "medium", "quiet", "being", "usual",
  // "behavior" (but not "social", "initial", "quality", "language", "nation", "anxious").
  count += (s.match(/(?<![ct])ia|iu|ie(?=t)|[aeiouy]ing|(?<![qg])ua|(?<![cgstx])io(?!n)/g) ?? [])
    .length;
  // Usually one sound: "lonely", "safely".
  if (/[^aeiouy]ely$/.test(w)) count -= 1;
  return Math.max(1, count);
}

/** Readability of Markdown: front matter and markup are ignored. */
export function readability(markdown: string): Readability {
  const text = stripMarkdown(markdown);
  const words = wordsOf(text);
  const sentences = Math.max(1, sentencesOf(text).length);
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  if (words.length === 0) {
    return { words: 0, sentences: 0, syllables: 0, grade: 0, minutes: 0 };
  }
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
  return {
    words: words.length,
    sentences,
    syllables: syllableCount,
    grade,
    minutes: readingMinutes(words.length),
  };
}

/** Whole minutes to read `words` words, rounded up, at least 1 for any text. */
export function readingMinutes(words: number): number {
  if (words <= 0) return 0;
  return Math.ceil(words / WORDS_PER_MINUTE);
}

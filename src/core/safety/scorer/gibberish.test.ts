import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scorerAsShipped } from "../../../../scripts/crisis-scorer-as-shipped.js";
import { mulberry32, type Random } from "../../seeded-random.js";
import { detectCrisisLanguage, SCORER_THRESHOLD_BESIDE_RULES } from "../crisis-language.js";
import { crisisStatements, everydayStatements } from "../crisis-statements.fixture.js";
import { forEachFeature } from "./features.js";
import { storedCrisisModel } from "./model.js";
import { CRISIS_SCORER_THRESHOLD, scoreCrisis } from "./score-crisis.js";
import { decodeSeenRuns, encodeSeenRuns, seenRunsOf } from "./seen-runs.js";
import { storedSeenRuns } from "./seen-runs-table.js";
import { tokenize } from "./tokens.js";

/*
 * Letters typed at random: keyboard mashing, a cat on the keys, a phone in a pocket. A run of
 * letters the training never saw has no weight of its own; its hashed bucket holds what other
 * features learned, so its part is noise, and a long enough string of such noise tipped the
 * scorer over its threshold. The scorer now leaves out what holds a run of three letters its
 * training never saw (seen-runs.ts).
 */
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function mashed(random: Random): string {
  const pick = (from: string): string => from.charAt(Math.floor(random() * from.length));
  const words = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
    const row = ROWS[Math.floor(random() * ROWS.length)] ?? LETTERS;
    const kind = random();
    let at = Math.floor(random() * row.length);
    let word = "";
    for (let n = 2 + Math.floor(random() * 10); n > 0; n -= 1) {
      // Any letter, any key of one row, or along a row as a finger slides.
      if (kind < 0.4) word += pick(LETTERS);
      else if (kind < 0.8) word += pick(row);
      else word += row.charAt(at++ % row.length);
    }
    return word;
  });
  return words.join(" ");
}

describe("crisis scorer: random letters", () => {
  // Before: of these 5,000, 10 reached the score that raises the card beside the rules and 34
  // the scorer's own threshold (of 100,000: 149 and 775); now none and 2 (of 100,000: 0 and 6).
  it("raises the card for none of 5,000 seeded strings of mashed keys", () => {
    const random = mulberry32(12345);
    const raised: string[] = [];
    let flagged = 0;
    for (let n = 0; n < 5000; n += 1) {
      const text = mashed(random);
      const { score } = scoreCrisis(text);
      if (score >= SCORER_THRESHOLD_BESIDE_RULES) raised.push(text);
      if (score >= CRISIS_SCORER_THRESHOLD) flagged += 1;
    }
    expect(raised).toEqual([]);
    expect(flagged).toBeLessThan(5);
  });

  it.each([
    "asdfjkl qwerty",
    "qwertyuiop asdfghjkl zxcvbnm",
    "awenrbcvwe jfk uqterpwrwpq eakfpovd nhwxuwdk xbznnxcvccc xcvbnmz",
    "akgasdghggd eewpwqo rtoroyw bjhlngjqh vbcmcbzb zqry rcdlnsqke jhsjj",
    "gsd cmznmxnx cxmxqvkrnsc gwcm qen skdjhhhkh injkf",
  ])("raises no card for %j", (text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(false);
  });

  it("still hears crisis words with typos, run together, and among mashed keys", () => {
    for (const text of [
      "i want to diee",
      "thinking about sucide",
      "i ambetter off dead",
      // Found by the scorer alone, typos and all.
      "i have been givng my thngs away and sayng goodbye to peple",
      "asdfghjkl i want to kill myself qwerty",
      "im going to end it tonight xcvbnm",
    ]) {
      expect(detectCrisisLanguage(text).crisis).toBe(true);
    }
  });
});

describe("crisis scorer: the table of runs its training saw", () => {
  const statementTexts = () =>
    readFileSync(new URL("../../../../datasets/crisis/statements.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => (JSON.parse(line) as { text: string }).text);

  it("is the one the shipped model's statements give", () => {
    expect(storedSeenRuns).toBe(encodeSeenRuns(seenRunsOf(statementTexts())));
    expect(encodeSeenRuns(decodeSeenRuns(storedSeenRuns))).toBe(storedSeenRuns);
  });

  // `npm run train:crisis` prints figures for the model it writes, scored by `scorerAsShipped`:
  // they are the shipped detector's only if that scores every text as the app does.
  it("is read by the scorer the training script reports on, which scores as the app's", () => {
    const asShipped = scorerAsShipped(storedCrisisModel, seenRunsOf(statementTexts()));
    const random = mulberry32(2024);
    const mash = Array.from({ length: 300 }, () => mashed(random));
    for (const text of [...crisisStatements, ...everydayStatements, ...mash]) {
      expect(asShipped(text), text).toEqual(scoreCrisis(text));
    }
  });

  it("drops nothing from training's own statements, so the weights are the same with it", () => {
    const seen = seenRunsOf(["i want to die", "everyone would be better off"]);
    for (const text of ["i want to die", "everyone would be better off", "to die"]) {
      const all: number[] = [];
      const kept: number[] = [];
      forEachFeature(tokenize(text), (_word, bucket, sign) => all.push(sign * bucket));
      forEachFeature(tokenize(text), (_word, bucket, sign) => kept.push(sign * bucket), seen);
      expect(kept).toEqual(all);
    }
    const all: number[] = [];
    const kept: number[] = [];
    forEachFeature(tokenize("qzx"), (_word, bucket) => all.push(bucket));
    forEachFeature(tokenize("qzx"), (_word, bucket) => kept.push(bucket), seen);
    // The word itself and its one run of three are left out; it still counts as a word.
    expect(all.length - kept.length).toBe(2);
  });
});

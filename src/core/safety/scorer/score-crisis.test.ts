import { describe, expect, it } from "vitest";
import { CRISIS_SCORER_THRESHOLD, scoreCrisis } from "./score-crisis.js";

/**
 * Written for this test, not taken from the training templates: each Columbia category in
 * several registers (capitals and none, apostrophes and none, run together, slang, typos, inside
 * a longer post).
 */
const byCategory: Record<string, string[]> = {
  "wish to be dead": [
    "I just want to die.",
    "honestly all i want is to be dead",
    "i wish i could go to sleep and not wake up tomorrow",
    "I don’t want to be alive anymore",
    "i dont wanna exist anymore tbh",
    "iwant to die so bad rn",
    "i want to dye so badly",
    "WHY CANT I JUST DIE",
  ],
  "thoughts of suicide": [
    "I've been having suicidal thoughts all week.",
    "i keep thinking about killing myself",
    "kms",
    "i m so suicidal tonight",
    "been thinking about ctb a lot",
    "i want to unalive myself",
    "i think about sucide every single day",
    "thinking of ending it all",
  ],
  method: [
    "How many sleeping pills would it take to not wake up?",
    "are sleeping pills enough to kill me if i take a lot",
    "whats the most painless way to kill myself",
    "i want to blow my brains out",
    "would a bottle of tylenol do it",
    "how high does the bridge have to be to die",
  ],
  intent: [
    "I'm going to kill myself tonight.",
    "im gonna end it this weekend",
    "i have decided to end my life",
    "im going to finish the job this time",
    "i ll be dead by morning",
    "ive made up my mind im ending it",
  ],
  "plan, means and preparations": [
    "I've been saving up my pills for weeks.",
    "i bought a rope today",
    "sitting here with a knife doing it before my dad gets home",
    "ive got my pills and my wine ready",
    "i wrote my suicide note",
    "im standing on the bridge right now",
  ],
  "self-harm": [
    "I cut myself again last night.",
    "i want to cut so bad rn",
    "relapsed on sh after 3 months clean",
    "the urge to hurt myself is so strong tonight",
    "ive been self harming again",
    "i burned myself again",
  ],
  "farewell and finality": [
    "Goodnight forever. Bye world.",
    "this will probably be my last post",
    "by the time you read this ill be gone",
    "goodbye everyone i love you all",
    "i just wanted to say goodbye before i do it",
    "im sorry for everything goodbye forever",
  ],
  "others better off": [
    "Everyone would be better off without me.",
    "my family would be happier if i was dead",
    "i ambetter off dead",
    "no one would even notice if i died",
    "im just a burden to everyone",
    "the world would be better without me in it",
  ],
};

/** Look-alikes written for this test: idioms, jokes, other people, support, plain sadness. */
const lookalikes = [
  "This exam is killing me lol",
  "i want to die lol he saw me trip",
  "dying to see the new movie",
  "I'd kill for a coffee right now",
  "died laughing at that video",
  "my feet are killing me after that shift",
  "the battery on my phone died again",
  "A singer died by suicide and the news is everywhere",
  "my friend told me she self harms and i dont know how to help",
  "Please reach out if you're having thoughts of suicide, you matter",
  "you are not a burden, we love you",
  "i feel so lonely tonight",
  "nobody texts me anymore",
  "Mood 4/10, slept badly, skipped the gym.",
  "called my sister and felt a bit better",
  "couldnt get out of bed today but i did the dishes",
  "we won the game tonight!",
  "the bus is late again",
  "just finished season 2 of the show",
  "my cat knocked over my coffee",
  "anyone know a good pasta recipe",
  "had a flu shot at work now my arm hurts",
  "i m so tired of this rain",
  "the plant died again lol",
  "I'm going to the gym tonight",
  "can't wait for the weekend",
  "our team lost the final again",
  "my grandma died last year and i still miss her",
  "i hate mondays so much",
  "studying for finals all day",
];

describe("scoreCrisis", () => {
  // The scorer is the second reader beside the rules, which catch the plain wordings; these bars
  // say how much it catches alone on words it was not trained on. docs/CRISIS-SCORER.md lists
  // what it still misses.
  for (const [category, texts] of Object.entries(byCategory)) {
    it(`scores most of ${category} above the threshold, in several registers`, () => {
      const caught = texts.filter((text) => scoreCrisis(text).flagged);
      expect(caught.length / texts.length).toBeGreaterThanOrEqual(0.6);
    });
  }

  it("scores at least 85% of all the crisis examples above the threshold", () => {
    const all = Object.values(byCategory).flat();
    const caught = all.filter((text) => scoreCrisis(text).flagged);
    expect(caught.length / all.length).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps most look-alikes below the threshold", () => {
    const alarms = lookalikes.filter((text) => scoreCrisis(text).flagged);
    // The scorer leans toward catching; a few look-alikes may show the calm card.
    expect(alarms.length / lookalikes.length).toBeLessThanOrEqual(0.15);
  });

  it("flags exactly when the score reaches the threshold", () => {
    for (const text of [...Object.values(byCategory).flat(), ...lookalikes]) {
      const result = scoreCrisis(text);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(1);
      expect(result.flagged).toBe(result.score >= CRISIS_SCORER_THRESHOLD);
      if (!result.flagged) expect(result.strongest).toEqual([]);
    }
  });

  it("finds one crisis line inside a long post about other things", () => {
    const life =
      "work has been busy and the bus was late again and my sister visited on sunday and we cooked pasta ";
    const post = `${life.repeat(6)}i want to kill myself ${life.repeat(6)}`;
    expect(post.length).toBeGreaterThan(1000);
    const result = scoreCrisis(post);
    expect(result.flagged).toBe(true);
    const words = result.strongest.map((span) => post.slice(span.start, span.end));
    expect(words.some((word) => ["kill", "myself"].includes(word))).toBe(true);
  });

  it("puts spans inside the text, on whole words that pushed the score", () => {
    const texts = [
      "I can’t stop thinking about killing myself.",
      "honestly i ambetter off dead",
      "   Goodnight forever, bye world!!! 😢",
      "ok so i keep lookin up how many pills it takes",
    ];
    for (const text of texts) {
      const result = scoreCrisis(text);
      expect(result.flagged).toBe(true);
      expect(result.strongest.length).toBeGreaterThan(0);
      let last = -1;
      for (const span of result.strongest) {
        expect(span.start).toBeGreaterThan(last);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(text.length);
        const word = text.slice(span.start, span.end);
        expect(word).toMatch(/^[A-Za-z0-9][A-Za-z0-9'’]*$/);
        expect(/[A-Za-z0-9]/.test(text[span.start - 1] ?? " ")).toBe(false);
        expect(/[A-Za-z0-9]/.test(text[span.end] ?? " ")).toBe(false);
        last = span.end - 1;
      }
    }
    const killing = "I can’t stop thinking about killing myself.";
    const words = scoreCrisis(killing).strongest.map((s) => killing.slice(s.start, s.end));
    expect(words.some((word) => ["killing", "myself"].includes(word))).toBe(true);
  });

  it("answers any input without throwing", () => {
    const hostile = [
      "",
      " ",
      "a".repeat(5000),
      "ab".repeat(2500),
      "😢😭💀🔪".repeat(200),
      "\u200f\u202e i want to die \u202c\u200f",
      "я хочу умереть",
      "أريد أن أموت",
      "死にたい i want to 死",
      "\ud800 lone \udc00 surrogates \ud83d",
      "\u0000\u0001\u0002",
      "k".repeat(100_000),
      `${"word ".repeat(20_000)}`,
      "'''’’’```",
      "0123456789".repeat(100),
    ];
    for (const text of hostile) {
      const result = scoreCrisis(text);
      expect(Number.isFinite(result.score)).toBe(true);
      for (const span of result.strongest) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }
    }
    expect(scoreCrisis("").flagged).toBe(false);
    expect(scoreCrisis("😢😭💀").flagged).toBe(false);
  });
});

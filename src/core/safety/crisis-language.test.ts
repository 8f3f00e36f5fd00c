import { describe, expect, it } from "vitest";
import {
  detectCrisisByRules,
  detectCrisisLanguage,
  hasCrisisLanguage,
  SCORER_THRESHOLD_BESIDE_RULES,
} from "./crisis-language.js";
import { crisisStatements, everydayStatements } from "./crisis-statements.fixture.js";
import { scoreCrisis } from "./scorer/score-crisis.js";

/** The words each span covers, so failures read as text rather than offsets. */
function matchedWords(text: string): string[] {
  return detectCrisisLanguage(text).spans.map((span) => text.slice(span.start, span.end));
}

describe("crisis language: the statement sets", () => {
  it("has enough varied statements to mean something", () => {
    expect(crisisStatements.length).toBeGreaterThanOrEqual(150);
    expect(everydayStatements.length).toBeGreaterThanOrEqual(300);
    expect(new Set(crisisStatements).size).toBe(crisisStatements.length);
    expect(new Set(everydayStatements).size).toBe(everydayStatements.length);
  });

  it("catches every crisis statement and raises few false alarms", () => {
    const missed = crisisStatements.filter((text) => !detectCrisisLanguage(text).crisis);
    const alarms = everydayStatements.filter((text) => detectCrisisLanguage(text).crisis);
    const caught = crisisStatements.length - missed.length;
    const recall = caught / crisisStatements.length;
    const falseAlarmRate = alarms.length / everydayStatements.length;
    console.log(
      `crisis recall ${recall.toFixed(3)} (${caught}/${crisisStatements.length}), ` +
        `false alarms ${(falseAlarmRate * 100).toFixed(1)}% (${alarms.length}/${everydayStatements.length})`,
    );
    expect(missed).toEqual([]);
    expect(recall).toBe(1);
    expect(falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it("gives the same verdict from hasCrisisLanguage as from detectCrisisLanguage", () => {
    for (const text of [...crisisStatements, ...everydayStatements]) {
      expect(hasCrisisLanguage(text), text).toBe(detectCrisisLanguage(text).crisis);
    }
  });

  it("finds a span for every crisis statement, each inside the text", () => {
    for (const text of crisisStatements) {
      const { spans } = detectCrisisLanguage(text);
      expect(spans.length, text).toBeGreaterThan(0);
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});

describe("crisis language: spans", () => {
  it("points at the matching words", () => {
    expect(matchedWords("Honestly I want to die.")).toEqual(["want to die"]);
    expect(matchedWords("everyone would be better off without me")).toEqual([
      "better off without me",
    ]);
  });

  it("counts emoji before the match as two UTF-16 units each", () => {
    const text = "😞😞 I really can’t go on";
    const [span] = detectCrisisLanguage(text).spans;
    expect(span).toBeDefined();
    expect(text.slice(span?.start, span?.end)).toBe("can’t go on");
    expect(span?.start).toBe(text.indexOf("can’t"));
  });

  it("keeps curly apostrophes, repeated letters and extra spaces inside the span", () => {
    expect(matchedWords("I don’t want to wake up tomorrow")).toEqual(["don’t want to wake up"]);
    expect(matchedWords("gonna kiiiill   myself")).toEqual(["kiiiill   myself"]);
    expect(matchedWords("I WANT TO DIEEE")).toEqual(["WANT TO DIEEE"]);
  });

  it("returns separate spans, in order, for separate statements in a note", () => {
    const text =
      "Long day at work. I keep thinking they'd be better off without me. " +
      "Had pasta for tea. Honestly I just want to disappear forever.";
    const words = matchedWords(text);
    expect(words).toEqual(["better off without me", "want to disappear forever"]);
    const spans = detectCrisisLanguage(text).spans;
    expect(spans[0]?.end ?? 0).toBeLessThan(spans[1]?.start ?? 0);
  });

  it("merges overlapping matches into one span", () => {
    const spans = detectCrisisLanguage("I want to kill myself").spans;
    expect(spans).toHaveLength(1);
  });
});

describe("crisis language: edges", () => {
  it("finds nothing in empty or blank text", () => {
    expect(detectCrisisLanguage("")).toEqual({ crisis: false, spans: [], reasons: [] });
    expect(detectCrisisLanguage("   \n\t ")).toEqual({ crisis: false, spans: [], reasons: [] });
    expect(hasCrisisLanguage("")).toBe(false);
  });

  it("finds nothing in text with no Latin letters, and does not throw", () => {
    expect(detectCrisisLanguage("😀😀😀 ... !!! 12345 —").crisis).toBe(false);
  });

  it("handles a 2,000-character note with the crisis words at the very end", () => {
    const filler = "Walked the dog, made soup, watched the rain, tidied the kitchen. ";
    const ending = "I don't want to be here anymore.";
    const text = filler.repeat(40).slice(0, 2000 - ending.length) + ending;
    expect(text).toHaveLength(2000);
    expect(detectCrisisLanguage(filler.repeat(40).slice(0, 2000)).crisis).toBe(false);
    const [span] = detectCrisisLanguage(text).spans;
    expect(text.slice(span?.start, span?.end)).toBe("don't want to be here anymore");
  });

  it("handles text far longer than a note", () => {
    const text = `${"Slept badly, felt flat, called nobody. ".repeat(600)}I wish I was dead.`;
    expect(detectCrisisLanguage(text).crisis).toBe(true);
  });

  it("gives the same answer whatever was checked before", () => {
    const text = "no one would even notice if I disappeared";
    const first = detectCrisisLanguage(text);
    for (const other of everydayStatements.slice(0, 50)) detectCrisisLanguage(other);
    detectCrisisLanguage("kill myself ".repeat(500));
    expect(detectCrisisLanguage(text)).toEqual(first);
  });
});

describe("crisis language: idioms and frames", () => {
  it("treats 'can't go on' as crisis unless it is clearly a trip, a ride or a stage", () => {
    expect(hasCrisisLanguage("I can't go on")).toBe(true);
    expect(hasCrisisLanguage("I can't go on like this without a coffee")).toBe(true);
    expect(hasCrisisLanguage("I can't go on the trip this weekend")).toBe(false);
    expect(hasCrisisLanguage("I can't go on that ride, I get sick")).toBe(false);
    expect(hasCrisisLanguage("She can't go on stage tonight")).toBe(false);
  });

  it("keeps a plain denial quiet but still hears what follows it", () => {
    expect(hasCrisisLanguage("I'm not suicidal, just really tired")).toBe(false);
    expect(hasCrisisLanguage("I would never hurt myself")).toBe(false);
    expect(hasCrisisLanguage("I'm not okay. I want to die.")).toBe(true);
    expect(hasCrisisLanguage("I don't know why I want to die")).toBe(true);
    expect(hasCrisisLanguage("I can't stop thinking about killing myself")).toBe(true);
  });

  it("hears other people being better off, in any person or tense", () => {
    expect(hasCrisisLanguage("he'd be better off without me")).toBe(true);
    expect(hasCrisisLanguage("they'd all be better off if I was gone")).toBe(true);
    expect(hasCrisisLanguage("we'd be better off taking the train")).toBe(false);
    expect(hasCrisisLanguage("she's better off without him")).toBe(false);
  });

  it("reads misspellings, missing apostrophes and text-speak", () => {
    for (const text of [
      "sucide",
      "feeling suicdal",
      "i want to kil myself",
      "dont want to live",
      "cant go on",
      "i wanna unalive",
      "kms",
      "want 2 die",
      "nobody wud miss me",
    ]) {
      expect(hasCrisisLanguage(text), text).toBe(true);
    }
  });
});

describe("crisis language: hostile and odd input", () => {
  const odd = [
    "",
    "a".repeat(5_000),
    "i ".repeat(2_500),
    "😞🙃💀✨☕".repeat(200),
    "Я хочу умереть 我想死 أريد أن أموت",
    "\u200f\u200e\u202e want \u202c to \u2066die\u2069",
    "\ud800 lone \udc00 surrogates \ud83d",
    "...!!!???;;;…",
    "kill ".repeat(400),
    "i m ".repeat(1_000),
  ];

  it("answers every one without throwing, and both functions agree", () => {
    for (const text of odd) {
      const result = detectCrisisLanguage(text);
      expect(typeof result.crisis).toBe("boolean");
      expect(hasCrisisLanguage(text)).toBe(result.crisis);
      for (const span of result.spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.end).toBeGreaterThan(span.start);
      }
    }
  });

  it("still reads English words between emoji, marks and lone surrogates", () => {
    expect(detectCrisisLanguage("\ud800 i want to die \udc00").crisis).toBe(true);
    expect(detectCrisisLanguage("😞😞i want to die😞").crisis).toBe(true);
  });
});

describe("crisis language: reasons", () => {
  it("gives a category and a span on the person's words for every finding", () => {
    const text = "Long day. All I want is to die. Everyone would be better off without me.";
    const { reasons, spans } = detectCrisisLanguage(text);
    expect(reasons.map((reason) => reason.category)).toEqual(["wish-to-be-dead", "burden"]);
    expect(reasons.map((reason) => text.slice(reason.span.start, reason.span.end))).toEqual([
      "All I want is to die",
      "better off without me",
    ]);
    expect(spans).toHaveLength(2);
  });

  it("has no reasons when nothing is found, and a reason for every span", () => {
    expect(detectCrisisLanguage("Made porridge and went for a walk.").reasons).toEqual([]);
    for (const text of crisisStatements) {
      const { reasons, spans } = detectCrisisLanguage(text);
      expect(reasons.length, text).toBeGreaterThan(0);
      for (const span of spans) {
        expect(
          reasons.some((r) => r.span.start >= span.start && r.span.end <= span.end),
          text,
        ).toBe(true);
      }
    }
  });

  it("reports the rules alone the same way when no scorer is wired in", () => {
    for (const text of [...crisisStatements.slice(0, 50), ...everydayStatements.slice(0, 50)]) {
      expect(detectCrisisByRules(text).crisis, text).toBe(detectCrisisLanguage(text).crisis);
    }
  });
});

describe("crisis language: the rules and the learned scorer together", () => {
  it("flags what the rules miss when the scorer is sure, naming the scorer and its words", () => {
    // Means made ready, with no crisis word for the rules to hold on to.
    const text = "got the rope ready in the garage";
    expect(detectCrisisByRules(text).crisis).toBe(false);
    expect(scoreCrisis(text).score).toBeGreaterThanOrEqual(SCORER_THRESHOLD_BESIDE_RULES);
    const result = detectCrisisLanguage(text);
    expect(result.crisis).toBe(true);
    expect(result.reasons.every((reason) => reason.category === "scorer")).toBe(true);
    expect(result.spans.map((span) => text.slice(span.start, span.end))).toContain("rope");
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it("flags whenever the rules do, and otherwise only when the scorer reaches its threshold", () => {
    for (const text of [...crisisStatements, ...everydayStatements]) {
      const byRules = detectCrisisByRules(text).crisis;
      const scored = scoreCrisis(text).score >= SCORER_THRESHOLD_BESIDE_RULES;
      const flagged = detectCrisisLanguage(text).crisis;
      if (byRules) expect(flagged, text).toBe(true);
      if (!byRules && !scored) expect(flagged, text).toBe(false);
    }
  });

  it("keeps the rules' reasons when the rules find something", () => {
    const result = detectCrisisLanguage("I just want to die so badly tonight");
    expect(result.reasons.map((reason) => reason.category)).toEqual(["wish-to-be-dead"]);
  });
});

describe("crisis language: the scorer does not overrule what the rules' guards cleared", () => {
  // Each is a reaction to a thing, a denial, or someone seen, which the rules' guards name; the
  // scorer alone reads each as crisis, since it sees "want to die" and not the rest.
  const cleared = [
    "Never going to kill myself, I just want to disappear for a bit.",
    "i dont want to die and disappear, i want to get better",
    "when i see them i just want to die and disappear",
    "this show makes me want to die and disappear",
  ];

  it.each(cleared)("does not flag %j, though the scorer alone would", (text) => {
    expect(scoreCrisis(text).score).toBeGreaterThanOrEqual(SCORER_THRESHOLD_BESIDE_RULES);
    expect(detectCrisisLanguage(text).crisis).toBe(false);
    expect(hasCrisisLanguage(text)).toBe(false);
  });

  // This was among those above: the scorer alone read it at 0.92, but only through runs of
  // letters its training never saw ("kma", across "homework makes"), noise it now leaves out
  // (scorer/seen-runs.ts); it reads 0.82, under the card's threshold, without the guard.
  it("does not flag 'THIS HOMEWORK MAKES ME WANNA DIE SO BAD'", () => {
    const text = "THIS HOMEWORK MAKES ME WANNA DIE SO BAD";
    expect(detectCrisisLanguage(text).crisis).toBe(false);
    expect(hasCrisisLanguage(text)).toBe(false);
  });

  // The same openings with the writer's own crisis beside them, in several registers.
  const counterparts = [
    "that ad makes me want to die, i feel like nobody would even notice if i was gone",
    "this song makes me want to die. i really do want to die, i have nothing left",
    "when i see my reflection i just want to die, i am so done with everything",
    "WHEN I SEE THEM I JUST WANT TO DIE and honestly i want to die anyway, every day",
    "that podcast makes me wanna die lol. but fr i have the pills saved and im done",
    "i dont want to die alone but i cant keep living like this, i want it all to stop",
    "my head keeps telling me to kill myself and tonight i think i will",
  ];

  it.each(counterparts)("still flags %j", (text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(true);
    expect(hasCrisisLanguage(text)).toBe(true);
  });
});

// Wordings a walk-through of the app found missed (2026-12-05). Regression tests, not evidence of
// quality: the development set of people's own words is where that is measured.
describe("crisis language: wordings a walk-through found missed", () => {
  it.each([
    "I hurt myself last night",
    "Idk why im even still here",
    "not sure I'll make it through the weekend",
    "This is the last time I'll write here",
    "I made sure the cat will be looked after if anything happens",
    "i want to dïe",
    "i want to ｄｉｅ",
  ])("hears %j", (text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(true);
  });

  it.each([
    "I hurt myself last night at the gym",
    "I hurt myself last night playing football",
    "The cat will be looked after if anything happens while we're away",
    "We're on holiday and the cat will be fed if anything happens",
    "This is the last time I'll write here for a while, off to the coast!",
    "Why am I even still here at work at 9pm",
  ])("keeps %j quiet", (text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(false);
  });
});

// Time spent with the means, found missed by both the rules and the scorer (2026-12-06). A
// regression test; the development set is where quality is measured.
describe("crisis language: sitting with the means for a long while", () => {
  it.each([
    "i sat with the razor for an hour tonight",
    "I've been sitting here with the pills for hours",
    "held the blade for a long time last night",
  ])("hears %j by the rules alone", (text) => {
    expect(detectCrisisByRules(text).crisis).toBe(true);
  });

  it.each([
    "I sat with the baby for an hour tonight",
    "I bought a new razor today",
    "Held the knife for a while before carving the turkey",
  ])("keeps %j quiet", (text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(false);
  });
});

// The learned scorer once flagged one word said over and over ("a " 13 times, "é" typed as "e"
// and a combining accent), because the features a repetition makes (the word paired with itself,
// letter runs across the copies) were never learned and their noise added up over the window.
// Then a word's own small weight added up the same way ("pineapple" 12 times): now each feature
// counts once in any window, so a word said over and over reads as the word said once.
describe("crisis language: one word repeated", () => {
  const accent = "e\u0301";
  it.each([
    ["a", "a ".repeat(19)],
    ["a, 13 times", "a ".repeat(13)],
    ["a, 200 times", "a ".repeat(200)],
    ["e and a combining accent", accent.repeat(30)],
    ["e with a combining accent, spaced", `${accent} `.repeat(30)],
    ["e and 30 combining accents", `e${"\u0301".repeat(30)}`],
    ["is", "is ".repeat(20)],
    ["to", "to ".repeat(20)],
    ["u", "u ".repeat(20)],
    ["you", "you ".repeat(20)],
    ["is, run together", "is".repeat(20)],
    ["na, run together", "na".repeat(40)],
    ["hm, run together", "hm".repeat(20)],
    ["no", "no ".repeat(20)],
    ["ok", "ok ".repeat(20)],
    ["ha", "ha ".repeat(20)],
    ["the", "the ".repeat(20)],
    ["lol", "lol ".repeat(20)],
    ["blah", "blah ".repeat(20)],
    ["pineapple, 12 times", "pineapple ".repeat(12)],
    ["christmas, 12 times", "christmas ".repeat(12)],
    ["word, 1,000 times", "word ".repeat(1000)],
  ])("keeps %s repeated quiet", (_name, text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(false);
  });

  it("flags no word of the project's lists said 12 times in a row unless it flags it said once", () => {
    const words = new Set<string>();
    for (const statement of [...crisisStatements, ...everydayStatements]) {
      for (const word of statement.toLowerCase().match(/[a-z0-9'’]+/g) ?? []) words.add(word);
    }
    expect(words.size).toBeGreaterThan(1400);
    const flaggedOnlyRepeated = [...words].filter(
      (word) =>
        detectCrisisLanguage(`${word} `.repeat(12)).crisis && !detectCrisisLanguage(word).crisis,
    );
    expect(flaggedOnlyRepeated).toEqual([]);
    // Crisis words said over and over are still heard.
    expect(detectCrisisLanguage("suicide ".repeat(12)).crisis).toBe(true);
  });

  // "sorry" said ten times was flagged (0.98) by the same adding-up, not by a weight of its own:
  // said once it scores 0.09, less than "pineapple". Decided in docs/SAFETY.md ("One word said
  // over and over"): it reads as "sorry" said once, and an apology beside crisis words is heard.
  it("reads 'sorry' said over and over as 'sorry' said once", () => {
    expect(detectCrisisLanguage("sorry ".repeat(10)).crisis).toBe(false);
    expect(scoreCrisis("sorry ".repeat(10)).score).toBeLessThan(2 * scoreCrisis("sorry").score);
    expect(detectCrisisLanguage("sorry sorry sorry i cant do this anymore").crisis).toBe(true);
  });

  it("still hears a crisis line said once, and said again and again", () => {
    const line = "honestly everyone would be fine if i just stopped being around for good";
    expect(detectCrisisLanguage(line).crisis).toBe(true);
    expect(detectCrisisLanguage(`${line} `.repeat(5)).crisis).toBe(true);
    expect(detectCrisisLanguage(`${"a ".repeat(30)}${line}`).crisis).toBe(true);
  });
});

// A probe found the scorer alone flagging two everyday notes. "hang" weighs as a method word and
// "without me" as a burden, so "they all hang out without me" read as crisis; and a sentence
// written twice read as crisis where once did not, because the letters across the seam between
// the copies ("anyone. honestly") added up. Now "hang out" is not read as hanging, and a run of
// words written again is read once (docs/CRISIS-SCORER.md, "How it reads").
describe("crisis language: hanging out, and a sentence written twice", () => {
  const ruminating =
    "honestly i cant stop thinking about it, everyone is prob laughing at me and i will never be good enough for anyone.";
  it.each([
    "they all hang out without me",
    "they all hung out without me",
    "they were hanging out without me again",
    "they hangin out without me",
    "Everyone hangs out without me and I'm tired of it.",
    "we used to hang out every day and now they all hang out without me",
    ruminating,
    `${ruminating} ${ruminating}`,
    `${ruminating}\n${ruminating}\n${ruminating}`,
    `${ruminating.replace(/[,.]/g, "")} ${ruminating.replace(/[,.]/g, "")}`,
  ])("keeps %j quiet", (text) => {
    expect(detectCrisisByRules(text).crisis).toBe(false);
    expect(detectCrisisLanguage(text).crisis).toBe(false);
  });

  it("still hears hanging as a method, and a crisis line written twice", () => {
    expect(
      detectCrisisLanguage("thinking about hanging tonight, the rope is in the garage").crisis,
    ).toBe(true);
    expect(
      detectCrisisLanguage("i want to hang myself, they hang out without me anyway").crisis,
    ).toBe(true);
    const line = "honestly everyone would be fine if i just stopped being around for good";
    expect(detectCrisisByRules(line).crisis).toBe(false);
    for (const text of [
      line,
      `${line} ${line}`,
      `${line}. ${line}.`,
      `${ruminating} ${line} ${line}`,
    ]) {
      expect(detectCrisisLanguage(text).crisis).toBe(true);
    }
  });
});

// Letters of Cyrillic and Greek drawn like Latin ones, full-width and mathematical letters: a
// phone keyboard set to Ukrainian, Russian or Greek, or text copied from elsewhere, puts them in
// words that read as English on screen (rules/normalize.ts says which are read as Latin, and why).
describe("crisis language: letters that look Latin and are not", () => {
  it.each([
    ["a Cyrillic і (U+0456)", "I want to k\u0456ll myself"],
    ["Cyrillic і and е", "i want to d\u0456\u0435"],
    ["Cyrillic capitals", "I WANT TO K\u0406LL MYS\u0415LF"],
    ["Cyrillic ѕ, і, с", "thinking about \u0455u\u0456\u0441\u0456de"],
    ["Greek ι", "I want to k\u03b9ll myself"],
    ["Greek ο", "nob\u03bfdy w\u03bfuld miss me"],
    [
      "full-width letters",
      "\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff4b\uff49\uff4c\uff4c \uff4d\uff59\uff53\uff45\uff4c\uff46",
    ],
    ["mathematical bold letters", "I want to \u{1d41d}\u{1d422}\u{1d41e}"],
  ])("hears %s by the rules alone", (_name, text) => {
    expect(detectCrisisByRules(text).crisis).toBe(true);
    expect(detectCrisisLanguage(text).crisis).toBe(true);
  });

  // The rules miss this line typed either way today; the scorer hears it (it read the Cyrillic
  // letters as word breaks, and missed it, until it read them as the rules do).
  it("hears, by the scorer, a line typed with Cyrillic о, е and а", () => {
    const plain = "i have been giving my things away and saying goodbye to people";
    const typed = plain.replace(/o/g, "\u043e").replace(/e/g, "\u0435").replace(/a/g, "\u0430");
    expect(detectCrisisLanguage(plain).crisis).toBe(true);
    expect(detectCrisisLanguage(typed).crisis).toBe(true);
  });

  it("points its span at the person's own letters", () => {
    expect(matchedWords("I want to k\u0456ll myself")).toEqual(["k\u0456ll myself"]);
    expect(matchedWords("I want to \u{1d41d}\u{1d422}\u{1d41e} now")).toEqual([
      "want to \u{1d41d}\u{1d422}\u{1d41e}",
    ]);
  });

  // Ordinary sentences written in their own script, many of their words made only of letters
  // drawn like Latin ones ("со", "раса", "και"), and some with a Latin letter typed by mistake.
  it.each([
    "Сегодня хороший день, я купила кофе и пошла гулять",
    "Он сказал, что всё хорошо, а мы поехали домой",
    "Купила новый iPhone, а он сломался через час",
    "Я дуже втомилася, але завтра буде краще",
    "Сьогоднi я гуляла в паркi з собакою", // Latin i in two Ukrainian words
    "Σήμερα είναι μια καλή μέρα και πήγα για καφέ",
    "ΚΑΛΗΜΕΡΑ ΑΠΟ ΤΗΝ ΑΘΗΝΑ, ΟΚ",
    "Сор, раса, каса, рука, око, сахар, хор",
  ])("keeps %j quiet", (text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(false);
  });
});

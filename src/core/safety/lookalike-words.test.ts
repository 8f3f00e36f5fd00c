import { describe, expect, it } from "vitest";
import { mulberry32 } from "../seeded-random.js";
import { detectCrisisByRules, detectCrisisLanguage } from "./crisis-language.js";
import { normalize } from "./rules/normalize.js";
import { tokenize } from "./scorer/tokens.js";

/*
 * A word typed wholly in Cyrillic or Greek letters drawn like Latin ones ("ԁіе" for "die", "ме"
 * for "me"), not only a word that mixes them with Latin letters. Such a word is read as Latin when
 * the text shows letters were swapped for look-alikes (a word mixing Latin letters and twins, or
 * Cyrillic and Greek ones, or a letter Russian, Ukrainian and Greek never write: the Komi "ԁ", the
 * Macedonian "ѕ", the palochka "ӏ") and holds no letter of those scripts drawn unlike a Latin one.
 * Real text in those languages is left out as before (rules/normalize.ts says why).
 */
describe("crisis language: words typed wholly in look-alike letters", () => {
  it.each([
    ["Cyrillic ԁ, і, е beside Latin words", "I want to \u0501\u0456\u0435"],
    [
      "an all-Cyrillic kill, with palochkas for l",
      "\u043a\u0456\u04cf\u04cf m\u0443\u0455\u0435\u04cff",
    ],
    ["a text of Cyrillic letters alone, with the Macedonian ѕ", "\u043a\u043c\u0455"],
    [
      "a Cyrillic ме beside a word with a Cyrillic е",
      "everyone would be b\u0435tter off without \u043c\u0435",
    ],
    [
      "a word of Cyrillic and Greek letters, no Latin letter",
      "\u0399 \u03c9\u03b1\u03b7\u03c4 \u03c4\u03bf \u0441\u03c5\u0442",
    ],
  ])("hears %s", (_name, text) => {
    expect(detectCrisisByRules(text).crisis).toBe(true);
    expect(detectCrisisLanguage(text).crisis).toBe(true);
  });

  it("reads them as Latin for the rules and the scorer alike, spans on the person's letters", () => {
    const text = "I want to \u0501\u0456\u0435";
    expect(normalize(text).text).toBe("i want to die");
    const tokens = tokenize(text);
    expect(tokens.count).toBe(4);
    expect(text.slice(tokens.start[3], tokens.end[3])).toBe("\u0501\u0456\u0435");
    const [span] = detectCrisisLanguage(text).spans;
    expect(text.slice(span?.start, span?.end)).toBe("want to \u0501\u0456\u0435");
  });

  /*
   * The pronoun typed with a Ukrainian or Belarusian keyboard: "І" (U+0406) or "і" (U+0456) as a
   * word of its own, the text's only look-alike, among English words. Ukrainian and Belarusian
   * write "і" ("and") too, but between words of their own.
   */
  it("hears an English text whose only look-alike is the Ukrainian І standing for I", () => {
    const I = "\u0406";
    const i = "\u0456";
    for (const text of [
      `everyone would be better off if ${I} was gone`,
      `${I} wish ${I} was dead`,
      `${i} wish ${i} could disappear forever`,
    ]) {
      expect(detectCrisisByRules(text).crisis, text).toBe(true);
      expect(detectCrisisLanguage(text).crisis, text).toBe(true);
    }
    const text = `${i} want to die`;
    expect(normalize(text).text).toBe("i want to die");
    const tokens = tokenize(text);
    expect(tokens.count).toBe(4);
    expect(text.slice(tokens.start[0], tokens.end[0])).toBe(i);
  });

  it("leaves the Ukrainian and Belarusian і alone among words of their own", () => {
    // "я і ти", "мама і тато" (every letter a twin), "купив iPhone і MacBook", Belarusian
    // "я хачу піць і есці": the і is "and", and the Latin words are all that is read.
    expect(normalize("\u042f \u0456 \u0442\u0438").text).toBe("");
    expect(normalize("\u041c\u0430\u043c\u0430 \u0456 \u0442\u0430\u0442\u043e").text).toBe("");
    expect(normalize("\u041a\u0443\u043f\u0438\u0432 iPhone \u0456 MacBook").text).toBe(
      "iphone macbok",
    );
    expect(
      normalize(
        "\u042f \u0445\u0430\u0447\u0443 \u043f\u0456\u0446\u044c \u0456 \u0435\u0441\u0446\u0456",
      ).text,
    ).toBe("");
    // One Latin word beside it ("and wifi") is no sign it is English.
    expect(normalize("\u0456 wifi").text).toBe("wifi");
    expect(tokenize("\u0456 wifi").count).toBe(1);
  });

  it("leaves whole-twin words out when nothing was swapped or the text shows its script", () => {
    // "сор", "раса", "і", "каса", "мама", "ок", "тут" are every letter a twin.
    expect(
      normalize("\u0441\u043e\u0440 \u0440\u0430\u0441\u0430 \u0456 \u043a\u0430\u0441\u0430").text,
    ).toBe("");
    // A Latin word beside them is no sign of a swap.
    expect(
      normalize("\u041c\u0430\u043c\u0430, \u043e\u043a, iPhone \u0442\u0443\u0442").text,
    ).toBe("iphone ");
    // "привет" and "σου" show the script, so even a swap beside them ("оk") folds nothing else.
    expect(normalize("\u043f\u0440\u0438\u0432\u0435\u0442, \u0441\u043e\u0440 \u043ek").text).toBe(
      "ok",
    );
    expect(normalize("\u03ba\u03b1\u03b9 \u03c3\u03bf\u03c5 die").text).toBe("die");
  });

  // Real Russian, Ukrainian and Greek words made only of letters drawn like Latin ones, put
  // together at random, of both scripts, with a Latin word beside them or not: never read as
  // Latin. With a word that shows a swap beside them they are, and must still raise no card.
  const twinWords = [
    // Russian and Ukrainian
    "\u043a\u0430\u043a", // как
    "\u0442\u0430\u043a", // так
    "\u0432\u0441\u0451", // всё
    "\u043e\u043a", // ок
    "\u0441\u043e\u0440", // сор
    "\u0440\u0430\u0441\u0430", // раса
    "\u0440\u0443\u043a\u0430", // рука
    "\u043e\u043a\u043e", // око
    "\u0441\u0430\u0445\u0430\u0440", // сахар
    "\u0445\u043e\u0440", // хор
    "\u043a\u043e\u0442", // кот
    "\u0440\u0430\u043a", // рак
    "\u0441\u043e\u043a", // сок
    "\u0442\u043e\u0440\u0442", // торт
    "\u043c\u0430\u043c\u0430", // мама
    "\u043d\u043e\u0441", // нос
    "\u0441\u043e\u043d", // сон
    "\u043d\u0435\u0442", // нет
    "\u0432\u043e\u0442", // вот
    "\u043e\u043d", // он
    "\u043e\u043d\u0430", // она
    "\u0442\u0443\u0442", // тут
    "\u0442\u0430\u043c", // там
    "\u043a\u0442\u043e", // кто
    "\u0435\u043c\u0443", // ему
    "\u043c\u043d\u0435", // мне
    "\u0441\u0430\u043c", // сам
    "\u0442\u0435\u043c", // тем
    "\u0432\u0435\u0441\u043d\u0430", // весна
    "\u0443\u0442\u0440\u043e\u043c", // утром
    "\u0441\u043c\u0435\u0445", // смех
    "\u0440\u0430\u043d\u043e", // рано
    "\u043a\u0430\u0432\u0430", // кава
    "\u0445\u0430\u0442\u0430", // хата
    "\u0456", // і
    "\u0432\u043e\u043d\u0430", // вона
    "\u043c\u0435\u0442\u0440\u043e", // метро
    "\u0432\u0435\u0442\u0435\u0440", // ветер
    "\u0442\u0435\u043c\u0430", // тема
    "\u043d\u0430\u0441", // нас
    "\u0432\u0430\u0441", // вас
    // Greek
    "\u03ba\u03b1\u03b9", // και
    "\u03c4\u03bf", // το
    "\u03bd\u03b1", // να
    "\u03bc\u03b5", // με
    "\u03c4\u03b1", // τα
    "\u03b7", // η
    "\u03bf", // ο
    "\u03ba\u03b9", // κι
    "\u03bc\u03bf\u03c5", // μου
    "\u03ad\u03bd\u03b1", // ένα
    "\u03bd\u03b1\u03b9", // ναι
    "\u03ba\u03ac\u03bd\u03c9", // κάνω
    "\u03c4\u03ce\u03c1\u03b1", // τώρα
    "\u03ce\u03c1\u03b1", // ώρα
    "\u03bc\u03ad\u03c1\u03b1", // μέρα
    "\u03bd\u03cd\u03c7\u03c4\u03b1", // νύχτα
    "\u03ad\u03c7\u03c9", // έχω
    "\u039a\u0391\u0399", // ΚΑΙ
    "\u03a4\u039f", // ΤΟ
    "\u039c\u0395\u03a4\u03a1\u039f", // ΜΕΤΡΟ
    "\u03c4\u03b9", // τι
  ];
  const latinBeside = ["", "ok", "iPhone", "lol", "wifi", "Netflix", "OK!!", "x"];

  function randomTexts(seed: number, extra: readonly string[]): string[][] {
    const random = mulberry32(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    return Array.from({ length: 3000 }, () => {
      const words = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(twinWords));
      const other = pick(extra);
      if (other !== "") words.splice(Math.floor(random() * words.length), 0, other);
      return [words.join(pick([" ", ", ", ". ", "! "])), other];
    });
  }

  it("never reads real Russian, Ukrainian or Greek words as Latin when nothing was swapped", () => {
    const read: string[] = [];
    for (const [text = "", latin = ""] of randomTexts(20261206, latinBeside)) {
      // Only the Latin word's letters are read; the separators around it may differ.
      const letters = (t: string): string => normalize(t).text.replace(/[^a-z0-9]/g, "");
      if (letters(text) !== letters(latin)) read.push(text);
      if (detectCrisisLanguage(text).crisis) read.push(text);
    }
    expect(read).toEqual([]);
  });

  it("raises no card for them read as Latin beside a word that shows a swap", () => {
    // "оk" with a Cyrillic о, "wіfі" with Ukrainian і, "ԁаѕh" with the Komi ԁ and Macedonian ѕ.
    const raised: string[] = [];
    const swapped = ["\u043ek", "w\u0456f\u0456", "\u0501\u0430\u0455h"];
    for (const [text = ""] of randomTexts(20261207, swapped)) {
      if (detectCrisisLanguage(text).crisis) raised.push(text);
    }
    expect(raised).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { type CrisisCategory, detectCrisisLanguage } from "../crisis-language.js";

/**
 * Each category, said in the registers people write in (capitals and none, apostrophes and none,
 * words run together, slang, typos), and the look-alikes its guards keep out. Every statement
 * here was written for this test.
 */
interface CategoryCase {
  category: CrisisCategory;
  says: readonly string[];
  lookAlikes: readonly string[];
}

const cases: readonly CategoryCase[] = [
  {
    category: "wish-to-be-dead",
    says: [
      "honestly all i want is to not wake up tomorrow",
      "I just want to die so badly tonight",
      "i just wanna die rn",
      "I WISH I WAS DEAD",
      "can i just die already",
      "let me sleep forever please",
      "i hate that i woke up again",
      "i wnat to die",
      "i ambetter off dead",
      "i amdone with living",
      "if i die tonight its fine",
      "i hate my life and want out",
    ],
    lookAlikes: [
      "I'd die for a coffee",
      "Dying to see it!",
      "i want to die lol he saw me trip",
      "we'll die laughing",
      "this song makes me want to die",
      "she told me i should die",
      "i want to dye my hair blue",
      "ill be dead tired tomorrow",
    ],
  },
  {
    category: "suicidal-thoughts",
    says: [
      "I keep thinking about killing myself",
      "kms",
      "i want to kms",
      "why shouldnt i just end it",
      "i cant go on",
      "im sucidal again",
      "I'M SUICIDAL",
    ],
    lookAlikes: [
      "this commute is killing me",
      "he told me to kill myself lmao",
      "my feet are killing me after that walk",
      "i would kill for a pizza",
      "if you're feeling suicidal please reach out, you matter",
      "to anyone with suicidal thoughts, stay",
    ],
  },
  {
    category: "method",
    says: [
      "are sleeping pills enough to kill me",
      "would 40 paracetamol do it",
      "how many tablets would it take to not wake up",
      "gonna blow my brains out",
      "i just oded on my meds",
      "ive got the pills and a bottle of vodka, im so tired of this",
      "whats the best place to jump from",
      "the easiest way out of this hell",
      "i counted out all my pills and i feel at peace",
      "i took like 30 pills what happens now",
    ],
    lookAlikes: [
      "the easiest way out of the car park is on the left",
      "my parents would kill me if they knew",
      "i have a knife for the bread",
      "counted out my pills for the week",
      "I bought a new rope for climbing.",
      "i took 20 mg of prozac",
      "I took 2 paracetamol for the headache",
    ],
  },
  {
    category: "intent",
    says: [
      "I'M GOING THROUGH WITH IT TONIGHT, I'M DONE WITH LIFE",
      "im doing it before my mum gets home. goodbye",
      "gonna finish the job this time i hate myself",
      "ending it tonight",
      "ending things tonight",
      "im scared i might do something tonight",
    ],
    lookAlikes: [
      "We're going through with it, the house move is on Friday",
      "doing my essay tonight, doing it before mum gets home",
      "we re ending it tonight with fireworks",
      "we're ending things tonight, the lease is up",
      "scared i might do something embarrassing",
    ],
  },
  {
    category: "plan",
    says: [
      "i have a plan and i m going to carry it out",
      "I've set a date.",
      "ive given myself three days, nothing left for me",
    ],
    lookAlikes: ["I have a plan for the weekend", "we set a date for the wedding"],
  },
  {
    category: "self-harm",
    says: [
      "i cut myself again last night",
      "sh urges r bad tonite",
      "The urge to self harm is back",
    ],
    lookAlikes: ["cut myself shaving", "I cut my hair short"],
  },
  {
    category: "farewell",
    says: [
      "goodnight forever",
      "bye world",
      "this will probably be my last post",
      "these words are the last thing i leave behind",
      "this is goodbye",
      "ive written a note for my sister, i cant do this anymore",
      "left letters for my brother and my son. i'm ready",
    ],
    lookAlikes: [
      "Bye forever, Twitter",
      "I've written a note for my sister's birthday",
      "left a note for my daughter about the dentist",
      "this will be my last post for a while",
      "as i said in my last post",
      "this is goodbye to the old flat",
    ],
  },
  {
    category: "burden",
    says: [
      "everyone would be better off without me",
      "EVERYONE WOULD BE BETTER OFF WITHOUT ME",
      "evry1 wud b better of without me",
      "my family would be happier if i was gone",
      "this world doesnt need me",
      // Others freed of carrying the writer, without the word "without".
      "They'd be better off not having to deal with my moods.",
      "theyd b better off not havin 2 deal w me",
      "everyone wud be happier if they didnt hafta put up with me",
      "My parents would be relieved if they didn't have to look after me anymore.",
      "they would all be relieved not to have to deal with me anymore",
      "my kids deserve better than having to deal with me",
      "theyd be better off not having me around",
      "my boyfriend would be happier if he wasnt stuck with me",
      "my partner would be better off with someone who isnt broken like me",
      "they'd be freer without me dragging them down",
    ],
    lookAlikes: [
      "the meeting went fine without me",
      "theyd be fine without me for a week",
      "they dont need me at work today",
      "they'd be better off with a bigger car",
      "my team is better off without the old process",
      "she's better off without him",
      "they'd be better off not having to deal with the landlord",
      "I'd be better off not having to deal with my moods",
      "we'd all be happier if we didn't have to deal with traffic",
      "my mum would be relieved if she didnt have to look after the dog",
      "she'd be better off with someone who treats her well",
      "he'd be better off with someone like me lol",
      "you're not a burden, they would never be happier without having to deal with you",
      // Reassurance, and a step back from looking after: "not to" with nobody glad of it.
      "It's okay not to worry about me.",
      "Feeling better today, please try not to worry about me",
      "I'm doing better so mum can try not to worry about me",
      "Told my mum it's fine not to worry about me tonight.",
      "You're free not to listen to me, it's just my opinion",
      "The nurse said it's fine not to look after me every minute now",
      // "Without me" and an errand that weighs on nobody.
      "The kids are better off without me holding their hand at the pool now",
      "the code is better off without me messing with it",
    ],
  },
];

describe("crisis language: each category, in many registers", () => {
  for (const { category, says, lookAlikes } of cases) {
    it(`${category}: flags what it says and names the category`, () => {
      for (const text of says) {
        const result = detectCrisisLanguage(text);
        expect(result.crisis, text).toBe(true);
        expect(
          result.reasons.map((reason) => reason.category),
          text,
        ).toContain(category);
      }
    });

    it(`${category}: leaves its look-alikes alone`, () => {
      for (const text of lookAlikes) {
        expect(detectCrisisLanguage(text), text).toEqual({ crisis: false, spans: [], reasons: [] });
      }
    });
  }

  it("finds the same wish however many words sit between", () => {
    for (const text of [
      "all i want to do is die",
      "i want to die so badly right now",
      "All I really want anymore is to die.",
    ]) {
      const categories = detectCrisisLanguage(text).reasons.map((reason) => reason.category);
      expect(categories, text).toContain("wish-to-be-dead");
    }
  });
});

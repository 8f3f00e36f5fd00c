import { describe, expect, it } from "vitest";
import { detectCrisisLanguage, hasCrisisLanguage } from "../crisis-language.js";

/**
 * The guards for someone else's death and for hyperbole that names its trivial cause, each
 * beside the crisis statements that look most like it and must still be flagged. Every statement
 * here was written for this test, in several registers (capitals and none, apostrophes and none,
 * texting style).
 */
interface GuardCase {
  guard: string;
  lookAlikes: readonly string[];
  stillCrisis: readonly string[];
}

const cases: readonly GuardCase[] = [
  {
    guard: "a judgement that someone else deserves or needs to die",
    lookAlikes: [
      "the killer deserves to die, lock him up forever",
      "She didn't deserve to die like that, she was so kind",
      "she didnt deserve to die smh",
      "no one needs to die today if we all stay home",
      "everyone in that gang needs to die",
      "THAT MAN DESERVES TO DIE FOR WHAT HE DID TO THOSE KIDS",
    ],
    stillCrisis: [
      "i deserve to die",
      "I deserve to die for what I did",
      "i really need to die, i cant do this anymore",
      "deserves to die tbh, i'm worthless",
      "i feel like i deserved to die that night and still do",
      "I NEED TO DIE",
    ],
  },
  {
    guard: "news of someone close who is suicidal or attempted suicide",
    lookAlikes: [
      "my suicidal sister is home from hospital, how do we help",
      "How do I support a suicidal friend who won't talk to me?",
      "my girlfriend attempted suicide last night, what do i say to her",
      "his brother committed suicide years ago and he still doesnt talk about it",
    ],
    stillCrisis: [
      "im suicidal",
      "i feel suicidal, my friend says i should call someone",
      "I attempted suicide last year and I think I will again",
      "she knows i attempted suicide and still ignores me",
      "my sister doesnt know im suicidal",
      "i tried to kill myself and my mum found me",
    ],
  },
  {
    guard: "hyperbole that names its trivial cause",
    lookAlikes: [
      "this salsa is so spicy i want to die, delicious though",
      "that video was so cringe i wanna kill myself",
      "if i ever have to sit through another zoom meeting again im gonna kill myself",
      "If I have to hear that jingle one more time I'll kill myself",
      "i could tell you but then id have to kill myself",
      "i will accidentally kill myself on these icy steps one day lol",
      "before i die i want to see the northern lights",
      "Before I die I'd like to visit Japan",
    ],
    stillCrisis: [
      "im so tired i want to die",
      "if i have to go through another day like this i will kill myself",
      "If I ever have to go back to that house again I'll kill myself",
      "i want to kill myself and make it look like an accident",
      "so done with everything i want to kill myself",
      "before i die i want to say goodbye to my mum",
      "i need to give my cat away before i die tonight",
      "so embarrassing that i want to die, i cant face anyone ever again, i want it all to end",
    ],
  },
];

describe.each(cases)("crisis language guard: $guard", ({ lookAlikes, stillCrisis }) => {
  it.each(lookAlikes)("does not flag %j", (text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(false);
    expect(hasCrisisLanguage(text)).toBe(false);
  });

  it.each(stillCrisis)("still flags %j", (text) => {
    expect(detectCrisisLanguage(text).crisis).toBe(true);
    expect(hasCrisisLanguage(text)).toBe(true);
  });
});

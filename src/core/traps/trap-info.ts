import type { TrapId } from "./trap-ids.js";

export interface TrapInfo {
  /** Short name shown on the thought-record screen. */
  readonly name: string;
  /** Two short sentences: what the trap is, then why it matters. */
  readonly explanation: readonly [string, string];
  /** One or two questions that help the person test the thought. */
  readonly questions: readonly [string] | readonly [string, string];
}

/**
 * Plain-language descriptions of each trap, written for a reading age of about twelve. They
 * describe and invite; they never tell the person what they ought to do.
 */
export const trapInfo: Readonly<Record<TrapId, TrapInfo>> = {
  "all-or-nothing": {
    name: "All-or-nothing thinking",
    explanation: [
      "Seeing things as all good or all bad, with nothing in between.",
      "Most of life happens somewhere in the middle, and skipping it makes things feel harsher than they are.",
    ],
    questions: [
      "Is there a middle ground between the two extremes?",
      "If a friend did the same, would you call it a total failure?",
    ],
  },
  overgeneralizing: {
    name: "Overgeneralizing",
    explanation: [
      "Taking one thing that happened and turning it into a rule for everything.",
      'Words like "always" and "never" are a clue that one moment is being stretched to cover all of them.',
    ],
    questions: [
      "Can you remember a time when this did not happen?",
      "Is this true every time, or was it true this time?",
    ],
  },
  "mental-filter": {
    name: "Mental filter",
    explanation: [
      "Noticing the one thing that went wrong and letting it colour everything else.",
      "The good parts are still there, but the mind keeps looking past them.",
    ],
    questions: [
      "What else happened that this thought leaves out?",
      "If you looked at the whole day, not just this part, what would you see?",
    ],
  },
  "discounting-positive": {
    name: "Discounting the positive",
    explanation: [
      "Telling yourself that good things don't count, or were only luck.",
      "When every success gets explained away, it gets hard to ever feel good about anything.",
    ],
    questions: [
      "If someone else had done this, would it count for them?",
      "What part did you play in this good thing?",
    ],
  },
  "mind-reading": {
    name: "Mind reading",
    explanation: [
      "Feeling sure you know what other people think, usually something bad about you.",
      "Other people's thoughts are hidden from us, so a guess can feel like a fact when it isn't one.",
    ],
    questions: [
      "What do you actually know about what they think?",
      "What else might be going on for them?",
    ],
  },
  "fortune-telling": {
    name: "Fortune telling",
    explanation: [
      "Predicting that things will go badly, as if the future were already decided.",
      "Nobody can see the future, and worry often paints it darker than it turns out.",
    ],
    questions: [
      "What makes you sure it will happen this way?",
      "What are some other ways this could turn out?",
    ],
  },
  catastrophizing: {
    name: "Catastrophizing",
    explanation: [
      "Expecting the worst, or treating something hard as if it could never be survived.",
      "Big feelings can make a problem look like a disaster, even when it is something you can get through.",
    ],
    questions: [
      "What is the most likely way this will go?",
      "If the worst did happen, what could help you cope?",
    ],
  },
  "emotional-reasoning": {
    name: "Emotional reasoning",
    explanation: [
      "Treating a feeling as proof that something is true.",
      "Feelings are real and they matter, but they are not always a good guide to the facts.",
    ],
    questions: [
      "If you felt calmer, would you still believe this?",
      "Apart from the feeling, what facts point this way?",
    ],
  },
  "should-statements": {
    name: "Should statements",
    explanation: [
      "Holding yourself or others to strict rules about how things must be.",
      "When real life doesn't follow the rule, it can leave you feeling guilty, ashamed or angry.",
    ],
    questions: [
      "Where does this rule come from, and is it a fair one?",
      'How does the thought feel if "should" becomes "I would like to"?',
    ],
  },
  labeling: {
    name: "Labeling",
    explanation: [
      "Giving yourself or someone else one harsh name, instead of describing what happened.",
      "One moment doesn't sum up a whole person, and a label leaves no room to change.",
    ],
    questions: [
      "What actually happened, put without the label?",
      "Would you use this word about a good friend who did the same thing?",
    ],
  },
  personalizing: {
    name: "Personalizing",
    explanation: [
      "Taking the blame for things that were not fully in your control.",
      "Most things have many causes, and you are only ever one part of the picture.",
    ],
    questions: [
      "What other people or things played a part in this?",
      "How much of this was really in your hands?",
    ],
  },
  blaming: {
    name: "Blaming",
    explanation: [
      "Putting all the responsibility for how you feel on someone else.",
      "Other people can hurt us, but seeing only their part can leave you feeling stuck.",
    ],
    questions: [
      "What else was going on, for them and around you both, that made this so hard?",
      "Whatever led here, what might help you feel a little less stuck now?",
    ],
  },
  comparing: {
    name: "Comparing",
    explanation: [
      "Measuring yourself against other people and always coming out worse.",
      "We see other people's best moments next to our own hardest ones, which is not a fair match.",
    ],
    questions: [
      "Do you know the whole story of the person you are comparing yourself with?",
      "How are you doing compared with yourself a while ago?",
    ],
  },
  burden: {
    name: "Feeling like a burden",
    explanation: [
      "Believing that you are a weight on the people around you.",
      "Depression can make this feel true, yet people who care about you often want to be there for you.",
    ],
    questions: [
      "Has anyone close to you said you are a burden, or is this the feeling talking?",
      "How would you feel if someone you love needed your help?",
    ],
  },
};

import type { SafetyPlanStep } from "../../../core/safety-plan/safety-plan.schema.js";

export interface StepCopy {
  step: SafetyPlanStep;
  title: string;
  /** One kind sentence on why the step helps. */
  why: string;
  example: string;
  /** What one line of the list is called, for its label: "Warning sign 2". */
  entry: string;
}

/** The Stanley–Brown steps in their order, each said in plain words with an example. */
export const stepCopy: readonly StepCopy[] = [
  {
    step: "warningSigns",
    title: "My warning signs",
    why: "Noticing the first signs of a hard time gives you more time to use the rest of this plan.",
    example: "For example: I stop answering messages, or I lie awake going over the same thoughts.",
    entry: "Warning sign",
  },
  {
    step: "copingAlone",
    title: "Things I can do on my own to cope",
    why: "Small things that have helped before can take the edge off, even a little.",
    example: "For example: a hot shower, a short walk, a song that calms me.",
    entry: "Thing I can do",
  },
  {
    step: "distractions",
    title: "People and places that take my mind off things",
    why: "Being around others, even without talking about how you feel, can ease heavy thoughts.",
    example: "For example: texting my cousin, sitting in the library café.",
    entry: "Person or place",
  },
  {
    step: "peopleToAsk",
    title: "People I can ask for help",
    why: "These are people you trust enough to tell that you are not okay.",
    example: "For example: Jo, 07700 900123.",
    entry: "Person to ask",
  },
  {
    step: "professionals",
    title: "Professionals and services I can contact",
    why: "Trained people are there to help, day and night; we added the crisis lines for your region, and you can change them.",
    example: "For example: my doctor, Dr Patel, 020 7946 0000.",
    entry: "Professional or service",
  },
  {
    step: "saferSurroundings",
    title: "Making my surroundings safer",
    why: "Putting distance between you and anything you could use to hurt yourself keeps you safer while the worst passes.",
    example: "For example: ask Jo to keep my spare medicines for now.",
    entry: "Way to be safer",
  },
  {
    step: "reasonsForLiving",
    title: "My reasons for living",
    why: "Remembering what matters to you can help you hold on when things feel hopeless.",
    example: "For example: my cat, Miso; seeing my niece grow up.",
    entry: "Reason for living",
  },
];

/**
 * A title or label as it reads inside a sentence ("Add another to things I can do on my own to
 * cope"): its first letter small, and "I" kept a capital, as a screen reader should say it.
 */
export function midSentence(words: string): string {
  return words.charAt(0).toLowerCase() + words.slice(1);
}

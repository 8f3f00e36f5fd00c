import type { InstrumentDefinition } from "./assessment.schema.js";

/**
 * The three-item UCLA Loneliness Scale (Hughes, Waite, Hawkley & Cacioppo, 2004), a short form
 * of the UCLA Loneliness Scale made for large surveys. Wording reproduced word for word.
 */
export const ucla3 = {
  id: "ucla3",
  title: "UCLA 3-item Loneliness Scale",
  name: "Three-Item Loneliness Scale",
  frame:
    "The next questions are about how you feel about different aspects of your life. For each one, tell me how often you feel that way.",
  items: [
    "How often do you feel that you lack companionship?",
    "How often do you feel left out?",
    "How often do you feel isolated from others?",
  ],
  choices: [
    { value: 1, label: "Hardly ever" },
    { value: 2, label: "Some of the time" },
    { value: 3, label: "Often" },
  ],
  bands: [
    { band: "not-lonely", min: 3, max: 5 },
    { band: "lonely", min: 6, max: 9 },
  ],
  source:
    "Hughes ME, Waite LJ, Hawkley LC, Cacioppo JT. A short scale for measuring loneliness in large surveys: results from two population-based studies. Res Aging. 2004;26(6):655-672.",
} as const satisfies InstrumentDefinition;

export const UCLA3_ITEM_COUNT = ucla3.items.length;
export const UCLA3_ANSWER_MIN = 1;
export const UCLA3_ANSWER_MAX = 3;

export type Ucla3Band = (typeof ucla3.bands)[number]["band"];

export interface Ucla3Result {
  score: number;
  band: Ucla3Band;
  flags: Record<string, never>;
}

/** The band for a UCLA-3 total: 6 and above is the usual cut-off for loneliness. */
export function ucla3Band(score: number): Ucla3Band {
  const found = ucla3.bands.find((entry) => score >= entry.min && score <= entry.max);
  if (!Number.isInteger(score) || !found) {
    throw new RangeError(`A UCLA-3 total is a whole number from 3 to 9, got ${score}`);
  }
  return found.band;
}

/** Sums the three answers, checking them again so a wrong total can never be stored. */
export function scoreUcla3(answers: readonly number[]): Ucla3Result {
  if (answers.length !== UCLA3_ITEM_COUNT) {
    throw new RangeError(`UCLA-3 needs exactly ${UCLA3_ITEM_COUNT} answers, got ${answers.length}`);
  }
  let score = 0;
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < UCLA3_ANSWER_MIN || answer > UCLA3_ANSWER_MAX) {
      throw new RangeError(
        `answer ${index + 1} must be a whole number from ${UCLA3_ANSWER_MIN} to ${UCLA3_ANSWER_MAX}`,
      );
    }
    score += answer;
  });
  return { score, band: ucla3Band(score), flags: {} };
}

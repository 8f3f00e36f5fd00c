/** What a summed questionnaire needs to check and band its answers. */
export interface SummedScale<Band extends string> {
  /** The instrument's short name, for messages: "PHQ-9". */
  label: string;
  items: number;
  answerMin: number;
  answerMax: number;
  bands: readonly { band: Band; min: number; max: number }[];
}

/**
 * Sums the answers, checking each again, so a caller that skipped the request schema still
 * cannot store a wrong total.
 */
export function sumAnswers(scale: SummedScale<string>, answers: readonly number[]): number {
  if (answers.length !== scale.items) {
    throw new RangeError(
      `${scale.label} needs exactly ${scale.items} answers, got ${answers.length}`,
    );
  }
  let score = 0;
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < scale.answerMin || answer > scale.answerMax) {
      throw new RangeError(
        `answer ${index + 1} must be a whole number from ${scale.answerMin} to ${scale.answerMax}`,
      );
    }
    score += answer;
  });
  return score;
}

/** The published band a total falls in. */
export function bandOf<Band extends string>(scale: SummedScale<Band>, score: number): Band {
  const found = scale.bands.find((entry) => score >= entry.min && score <= entry.max);
  if (!Number.isInteger(score) || !found) {
    const lowest = scale.items * scale.answerMin;
    const highest = scale.items * scale.answerMax;
    throw new RangeError(
      `A ${scale.label} total is a whole number from ${lowest} to ${highest}, got ${score}`,
    );
  }
  return found.band;
}

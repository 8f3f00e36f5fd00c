import { z } from "zod";
import type { InstrumentId } from "../../../core/assessments/assessment.schema.js";
import { scorePhq9 } from "../../../core/assessments/phq9.js";
import { instruments } from "./meaning.js";

/** One question on screen: the items, then PHQ-9's optional question about difficulty. */
export interface Step {
  question: string;
  choices: readonly { value: number; label: string }[];
  progress: string;
  optional: boolean;
}

export function stepsOf(instrument: InstrumentId): Step[] {
  const definition = instruments[instrument];
  const steps: Step[] = definition.items.map((question, index) => ({
    question,
    choices: definition.choices,
    progress: `Question ${index + 1} of ${definition.items.length}`,
    optional: false,
  }));
  if (instrument === "phq9") {
    const { followUp } = instruments.phq9;
    steps.push({
      question: followUp.question,
      choices: followUp.choices,
      progress: "One last question, which you can skip",
      optional: true,
    });
  }
  return steps;
}

/** Answers on their way, kept on the device: one entry per step, null where none is given yet. */
export interface QuestionnaireDraft {
  answers: (number | null)[];
  index: number;
}

/** Only a draft that fits these very questions is taken back: each answer one of its choices. */
export function questionnaireDraftSchema(steps: readonly Step[]): z.ZodType<QuestionnaireDraft> {
  return z
    .object({
      answers: z.array(z.number().int().nullable()).length(steps.length),
      index: z
        .number()
        .int()
        .min(0)
        .max(steps.length - 1),
    })
    .refine(({ answers }) =>
      answers.every(
        (answer, i) => answer === null || steps[i]?.choices.some((c) => c.value === answer),
      ),
    );
}

/**
 * The server's own item-9 rule (any answer above "Not at all"), read from answers that may not
 * be finished: help is decided the moment item 9 is answered, not when the form is sent.
 */
export function itemNineAboveZero(
  instrument: InstrumentId,
  answers: readonly (number | undefined)[],
): boolean {
  if (instrument !== "phq9") return false;
  const items = answers.slice(0, instruments.phq9.items.length).map((answer) => answer ?? 0);
  return scorePhq9(items).flags.selfHarm;
}

import { z } from "zod";
import { lazySchema } from "../schema/lazy-schema.js";
import { SHOWS_NOTHING, showsAnything } from "../text/visible.js";
import { wellFormedText } from "../text/well-formed.js";

// Each schema is built the first time it is used, not when this file loads (lazySchema): the
// check-in screen's offer of a check-up loads this file and parses few or none of them.

/** The Stanley–Brown steps, in the order a person works through them when things get hard. */
export const safetyPlanSteps = [
  "warningSigns",
  "copingAlone",
  "distractions",
  "peopleToAsk",
  "professionals",
  "saferSurroundings",
  "reasonsForLiving",
] as const;
export type SafetyPlanStep = (typeof safetyPlanSteps)[number];

export const SAFETY_PLAN_ENTRY_MAX = 200;
export const SAFETY_PLAN_ENTRIES_MAX = 20;

const entry = lazySchema(() =>
  wellFormedText({ error: "must be text" })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(SAFETY_PLAN_ENTRY_MAX, {
      error: `must be at most ${SAFETY_PLAN_ENTRY_MAX} characters`,
    })
    // A line of only a zero-width space or a lone accent passed "must not be empty" and showed as
    // a blank line in the plan a person reaches for on their worst day. The editor drops such a
    // line as it drops an empty one, so only another client is ever told this.
    .refine(showsAnything, { error: SHOWS_NOTHING }),
);

const list = lazySchema(() =>
  z
    .array(entry, { error: "must be a list of short texts" })
    .max(SAFETY_PLAN_ENTRIES_MAX, { error: `can hold at most ${SAFETY_PLAN_ENTRIES_MAX} entries` }),
);

/**
 * What `PUT /api/safety-plan` accepts: every step a list of short texts. A step left out is an
 * empty list, so a half-made plan can be saved and finished another day.
 */
export const safetyPlanInputSchema = lazySchema(() =>
  z.strictObject({
    warningSigns: list.default([]),
    copingAlone: list.default([]),
    distractions: list.default([]),
    peopleToAsk: list.default([]),
    professionals: list.default([]),
    saferSurroundings: list.default([]),
    reasonsForLiving: list.default([]),
  }),
);
export type SafetyPlanInput = z.output<typeof safetyPlanInputSchema>;

/** The words a refusal of the whole body gives, beside its field message (see http/parse.ts). */
export const SAFETY_PLAN_NAMES_NO_STEP =
  "The safety plan was not changed: the request named none of its steps.";

/**
 * What `PUT /api/safety-plan` takes: the input above, and at least one step named. A step left
 * out is an empty list, so a body naming no step at all (`{}`, or none, which clients send as
 * `{}`) would erase the whole plan: never what a person meant, and the plan is what they reach
 * for on their worst day. Emptying it stays possible by naming the steps. The steps are read as
 * optional first, since once their defaults are filled in no step is ever missing.
 */
export const safetyPlanSaveSchema = lazySchema(() =>
  z
    .strictObject({
      warningSigns: list.optional(),
      copingAlone: list.optional(),
      distractions: list.optional(),
      peopleToAsk: list.optional(),
      professionals: list.optional(),
      saferSurroundings: list.optional(),
      reasonsForLiving: list.optional(),
    })
    .refine((plan) => safetyPlanSteps.some((step) => plan[step] !== undefined), {
      error: "must name at least one step; to empty the plan, send each step as an empty list",
      params: { summary: SAFETY_PLAN_NAMES_NO_STEP },
      // Only a body that is otherwise right: `{"foo":1}` names foo alone, as it always did.
      when: (payload) => payload.issues.length === 0,
    })
    .transform(
      (plan): SafetyPlanInput => ({
        warningSigns: plan.warningSigns ?? [],
        copingAlone: plan.copingAlone ?? [],
        distractions: plan.distractions ?? [],
        peopleToAsk: plan.peopleToAsk ?? [],
        professionals: plan.professionals ?? [],
        saferSurroundings: plan.saferSurroundings ?? [],
        reasonsForLiving: plan.reasonsForLiving ?? [],
      }),
    ),
);

/**
 * The seven steps as kept in the database, each line as stored: a plan saved before a rule was
 * tightened (a line of a zero-width space) must still read back, for the export and the report.
 */
export const storedSafetyPlanStepsSchema = lazySchema(() =>
  z.strictObject(
    Object.fromEntries(safetyPlanSteps.map((step) => [step, z.array(z.string()).default([])])) as {
      [step in SafetyPlanStep]: z.ZodDefault<z.ZodArray<z.ZodString>>;
    },
  ),
);

/**
 * The steps as a person reads them: a line that shows nothing (a zero-width space, a lone accent,
 * which the route took until 2026-12-06) is left out, as saving one is now refused and the editor
 * and an import leave one out. The row keeps it until the plan is next saved.
 */
export function shownSafetyPlanSteps(
  steps: Record<SafetyPlanStep, readonly string[]>,
): Record<SafetyPlanStep, string[]> {
  return Object.fromEntries(
    safetyPlanSteps.map((step) => [step, steps[step].filter(showsAnything)]),
  ) as Record<SafetyPlanStep, string[]>;
}

/** The plan as the API returns it; `updatedAt` is null until the person first saves it. */
export const safetyPlanSchema = lazySchema(() =>
  z.strictObject({
    warningSigns: z.array(z.string()),
    copingAlone: z.array(z.string()),
    distractions: z.array(z.string()),
    peopleToAsk: z.array(z.string()),
    professionals: z.array(z.string()),
    saferSurroundings: z.array(z.string()),
    reasonsForLiving: z.array(z.string()),
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
  }),
);
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

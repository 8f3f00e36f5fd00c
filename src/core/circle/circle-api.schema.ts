import { z } from "zod";
import { connectionSteps } from "./next-step.js";
import { personInputSchema } from "./person.schema.js";

/** Someone in the circle as `/api/people` answers: when you last connected and a step for today. */
export const personViewSchema = z.object({
  ...personInputSchema.shape,
  // As stored: someone saved before a name had to show something (a zero-width space) is still
  // listed, and must still show on the circle and plan screens, where they can be renamed.
  name: z.string(),
  relationship: z.string(),
  id: z.string(),
  lastConnected: z.string().nullable(),
  daysSince: z.number().nullable(),
  overdue: z.boolean(),
  nextStep: z.object({
    step: z.enum(connectionSteps),
    label: z.string(),
    smaller: z.enum(connectionSteps).nullable(),
    reason: z.string(),
  }),
  drafts: z.array(z.string()),
  smallerDrafts: z.array(z.string()),
  signals: z.array(z.string()),
});
export type PersonView = z.infer<typeof personViewSchema>;

export const suggestedPersonSchema = z.object({
  name: z.string(),
  times: z.number(),
  lastConnected: z.string(),
});

export const peopleListSchema = z.object({
  energy: z.number().nullable(),
  people: z.array(personViewSchema),
  /** Named in check-ins, not in the circle yet: most often named first, at most five. */
  suggested: z.array(suggestedPersonSchema),
});

import { z } from "zod";
import { timeOfDaySchema } from "./time-of-day.js";

/**
 * A new time for a step already in the week, or `null` for "sometime that day". Sent alone, so a
 * step planned without a clock (from a thought record, say) can still get its reminder later.
 */
export const planTimeChangeSchema = z.strictObject({ time: timeOfDaySchema.nullable() });
export type PlanTimeChange = z.infer<typeof planTimeChangeSchema>;

/**
 * True when a PATCH body asks for a time rather than an outcome. Decided by the key alone, so a
 * bad time is refused naming `time`, and an outcome body keeps the errors it always had.
 */
export function asksForTime(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    !Array.isArray(body) &&
    Object.hasOwn(body, "time") &&
    !Object.hasOwn(body, "status")
  );
}

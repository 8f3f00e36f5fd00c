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

/**
 * What is wrong with a PATCH body that names neither a status nor a time, by field; undefined
 * when it names either (or is no object, which the schemas refuse as ever). Without this, a body
 * such as `{"date":"2026-12-01"}` was answered only "status must be one of …", never naming the
 * field that was sent and cannot be changed.
 */
export function planChangeNamesNeither(body: unknown): Record<string, string> | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  if (Object.hasOwn(body, "status") || Object.hasOwn(body, "time")) return undefined;
  const fields: Record<string, string> = {};
  for (const name of Object.keys(body)) fields[name] = "is not a field we know";
  fields.status = "is needed (planned, done or let-go), or else time";
  return fields;
}

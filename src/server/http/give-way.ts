import { setImmediate } from "node:timers/promises";
import type { z } from "zod";

/**
 * Work on one person's whole history is work for the one thread that answers everyone. On
 * SQLite every query answers at once, so even a route's `await`s never let another request in:
 * five years of check-ins read, checked and written out in one piece kept every other person
 * waiting for it. Such work gives way between steps of about this many records (a few
 * milliseconds each), so the event loop turns and others are answered between them.
 */
export const RECORDS_PER_STEP = 200;

/** Lets the event loop turn once: other requests' I/O and timers run before this resumes. */
export const giveWay = (): Promise<void> => setImmediate();

/**
 * Each item parsed by `schema`, as `schema.array().parse(items)` gives them, giving way between
 * steps. A record that fails (a bug, since only stored records come here) throws the error the
 * whole list's parse throws, which names the record's place in the list.
 */
export async function parsedGivingWay<T extends z.ZodType>(
  schema: T,
  items: readonly unknown[],
): Promise<z.output<T>[]> {
  const parsed: z.output<T>[] = [];
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % RECORDS_PER_STEP === 0) await giveWay();
    const result = schema.safeParse(item);
    if (!result.success) {
      schema.array().parse(items);
      throw result.error;
    }
    parsed.push(result.data);
  }
  return parsed;
}

/** Runs work written as steps (a generator that yields between them), giving way at each. */
export async function runGivingWay<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await giveWay();
  }
}

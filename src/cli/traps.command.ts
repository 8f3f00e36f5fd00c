import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { thoughtTextSchema } from "../core/traps/thought-text.js";
import { checkThought } from "../core/traps/trap-check.js";

const lineSchema = z.object({
  id: z.union([z.string(), z.number()], { message: "must be a string or a number" }),
  text: thoughtTextSchema,
});

/**
 * Reads JSON lines `{"id","text"}` and writes `{"id","traps","crisis"}` for each, in the same
 * order, at the pace the answers are read. Offline: no server, no database. A line that cannot
 * be read is reported on stderr with its number and skipped; the exit code is 1 when any line was
 * skipped.
 */
export async function trapsCommand(
  input: Readable,
  output: Writable,
  errors: Writable,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let skipped = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.write(`line ${lineNumber}: not valid JSON; skipped\n`);
      skipped += 1;
      continue;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "line"} ${i.message}`);
      errors.write(`line ${lineNumber}: ${problems.join("; ")}; skipped\n`);
      skipped += 1;
      continue;
    }
    const { traps, crisis } = checkThought(parsed.data.text);
    // Keep pace with whoever reads the answers: a slow reader would otherwise leave every answer
    // of a long file waiting in memory at once.
    if (!output.write(`${JSON.stringify({ id: parsed.data.id, traps, crisis })}\n`)) {
      await once(output, "drain");
    }
  }
  return skipped > 0 ? 1 : 0;
}

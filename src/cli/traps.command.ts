import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { shownName } from "../core/text/shown-name.js";
import { THOUGHT_MAX_LENGTH, thoughtTextSchema } from "../core/traps/thought-text.js";
import { checkThought } from "../core/traps/trap-check.js";
import { jsonShapeProblem } from "../server/http/json-shape.js";
import { jsonShapeRefusal } from "../server/http/json-shape-refusal.js";
import { jsonLines } from "./json-lines.js";

/**
 * The longest line read. A thought is at most 5,000 characters; written wholly as "\uXXXX"
 * escapes that is 30,000 bytes, so a line past 64 KiB holds no thought this command could check,
 * and is passed over without being held in memory.
 */
export const LINE_MAX_BYTES = 64 * 1024;

const lineSchema = z.object({
  id: z.union([z.string(), z.number()], { message: "must be a string or a number" }),
  text: thoughtTextSchema,
});

/**
 * Reads JSON lines `{"id","text"}` and writes `{"id","traps","crisis"}` for each, in the same
 * order, at the pace the answers are read. Offline: no server, no database. A line that cannot
 * be read (or is longer than `LINE_MAX_BYTES`) is reported on stderr with its number and skipped;
 * the exit code is 1 when any line was skipped.
 */
export async function trapsCommand(
  input: Readable,
  output: Writable,
  errors: Writable,
): Promise<number> {
  let lineNumber = 0;
  let skipped = 0;
  for await (const read of jsonLines(input, LINE_MAX_BYTES)) {
    lineNumber += 1;
    if (read.kind === "too-long") {
      errors.write(
        `line ${lineNumber}: longer than ${LINE_MAX_BYTES} bytes (a thought is at most ${THOUGHT_MAX_LENGTH} characters); skipped\n`,
      );
      skipped += 1;
      continue;
    }
    if (read.kind === "not-utf8") {
      errors.write(`line ${lineNumber}: not UTF-8 text; skipped\n`);
      skipped += 1;
      continue;
    }
    const line = read.text;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.write(`line ${lineNumber}: not valid JSON; skipped\n`);
      skipped += 1;
      continue;
    }
    // The rules every request body keeps: an id given twice, or a number read as another one
    // (9007199254740993 as …992), would answer under an id that was never sent.
    const shape = jsonShapeProblem(line);
    if (shape) {
      const fields = Object.entries(jsonShapeRefusal(shape, "request").fields ?? {});
      errors.write(
        `line ${lineNumber}: ${shownName(fields.map(([path, problem]) => `${path} ${problem}`).join("; "))}; skipped\n`,
      );
      skipped += 1;
      continue;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "line"} ${i.message}`);
      errors.write(`line ${lineNumber}: ${shownName(problems.join("; "))}; skipped\n`);
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

import { z } from "zod";
import { shownFieldName } from "./shown-name.js";

// Half of a surrogate pair with no other half: "half an emoji". SQLite keeps it as bytes that are
// not UTF-8 and reads back U+FFFD, so the text comes back changed (and longer than its limit).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NUL_MESSAGE = "must not contain the NUL character (U+0000)";
export const LONE_SURROGATE_MESSAGE =
  "must be well-formed Unicode: it holds half of an emoji or other character";

/**
 * Why a text cannot be kept exactly on both databases, or undefined when it can. PostgreSQL
 * refuses NUL in text outright, and SQLite would keep it, so one rule for both is: neither.
 */
export function textProblem(text: string): string | undefined {
  if (text.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  return undefined;
}

/**
 * A string that both databases keep exactly as sent. Checked before any trim or length rule, and
 * aborting there, so the answer names the real problem rather than a length it caused.
 */
export function wellFormedText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((text) => textProblem(text) === undefined, {
    error: (issue) =>
      typeof issue.input === "string" ? textProblem(issue.input) : LONE_SURROGATE_MESSAGE,
    abort: true,
  });
}

/** A place still to look at in `textProblemSteps`: a value, or a field name found wrong there. */
type TextVisit =
  | { value: unknown; path: readonly string[] }
  | { badKey: string; path: readonly string[] };

/**
 * `textProblems`, as steps: it yields after every `valuesPerStep` values it looks at, so a caller
 * on a server can let others in between (a whole imported file holds a million values). The
 * walk keeps its own list of places rather than recursing, so it can stop anywhere, and takes
 * them in the order the recursive walk did, so the same problems are named in the same order.
 */
export function* textProblemSteps(
  value: unknown,
  valuesPerStep: number,
): Generator<void, Record<string, string>, void> {
  const found = new Map<string, string>();
  const note = (path: readonly string[], problem: string) => {
    // A key is named as a person may read it: a control character in it is spelled out.
    const name = path.length > 0 ? path.map(shownFieldName).join(".") : "body";
    if (!found.has(name)) found.set(name, problem);
  };
  const toVisit: TextVisit[] = [{ value, path: [] }];
  let looked = 0;
  for (let visit = toVisit.pop(); visit !== undefined; visit = toVisit.pop()) {
    looked += 1;
    if (looked % valuesPerStep === 0) yield;
    if ("badKey" in visit) {
      note(visit.path, `has a field name that ${visit.badKey}`);
      continue;
    }
    const { value: node, path } = visit;
    if (typeof node === "string") {
      const problem = textProblem(node);
      if (problem) note(path, problem);
      continue;
    }
    // Parsed JSON is a tree, so this ends; the depth cap keeps a hostile body cheap all the same.
    if (typeof node !== "object" || node === null || path.length > 64) continue;
    const inside: TextVisit[] = Array.isArray(node)
      ? node.map((item: unknown, index) => ({ value: item, path: [...path, String(index)] }))
      : Object.entries(node).map(([key, item]) => {
          const keyProblem = textProblem(key);
          return keyProblem ? { badKey: keyProblem, path } : { value: item, path: [...path, key] };
        });
    // Last in, first out: pushed in reverse, they are taken in their own order.
    for (let index = inside.length - 1; index >= 0; index -= 1) {
      const next = inside[index];
      if (next !== undefined) toVisit.push(next);
    }
  }
  return Object.fromEntries(found);
}

/**
 * Every text inside a request (object keys too), each named by its path as field errors name it
 * (`feelings.0.name`), or `body` for the value itself. Used at the boundary so no text that a
 * database would change or refuse reaches one, whatever schema the route uses.
 */
export function textProblems(value: unknown): Record<string, string> {
  const steps = textProblemSteps(value, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

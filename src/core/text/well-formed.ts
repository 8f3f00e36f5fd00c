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

/** An object or list whose values `textProblemSteps` is taking in turn, and how far it is. */
interface Open {
  node: Readonly<Record<string, unknown>>;
  path: readonly string[];
  /** The object's keys; undefined for a list, whose values are at "0", "1" and on. */
  keys: readonly string[] | undefined;
  size: number;
  next: number;
}

/**
 * `textProblems`, as steps: it yields after every `valuesPerStep` values it looks at, so a caller
 * on a server can let others in between (a whole imported file holds a million values). It stops
 * as soon as it has found `enough` problems: a refusal that names the first ten had every one of
 * a file's five million bad texts named first, minutes of work nobody would read. The walk keeps
 * its own list of the objects and lists it is inside, each with how far it has got, rather than
 * recursing or taking up every item of a list at once, so it can stop anywhere having read only
 * what it looked at; it takes values in the order the recursive walk did, so the same problems
 * are named in the same order.
 */
export function* textProblemSteps(
  value: unknown,
  valuesPerStep: number,
  enough = Number.POSITIVE_INFINITY,
): Generator<void, Record<string, string>, void> {
  const found = new Map<string, string>();
  const note = (path: readonly string[], problem: string) => {
    // A key is named as a person may read it: a control character in it is spelled out.
    const name = path.length > 0 ? path.map(shownFieldName).join(".") : "body";
    if (!found.has(name)) found.set(name, problem);
  };
  const open: Open[] = [];
  const look = (node: unknown, path: readonly string[]) => {
    if (typeof node === "string") {
      const problem = textProblem(node);
      if (problem) note(path, problem);
      return;
    }
    // Parsed JSON is a tree, so this ends; the depth cap keeps a hostile body cheap all the same.
    if (typeof node !== "object" || node === null || path.length > 64) return;
    const keys = Array.isArray(node) ? undefined : Object.keys(node);
    const size = keys ? keys.length : (node as readonly unknown[]).length;
    open.push({ node: node as Record<string, unknown>, path, keys, size, next: 0 });
  };
  let looked = 1;
  if (looked % valuesPerStep === 0) yield;
  look(value, []);
  for (
    let inside = open.at(-1);
    inside !== undefined && found.size < enough;
    inside = open.at(-1)
  ) {
    const { node, path, keys, size } = inside;
    const at = inside.next;
    if (at >= size) {
      open.pop();
      continue;
    }
    inside.next += 1;
    looked += 1;
    if (looked % valuesPerStep === 0) yield;
    const key = keys ? keys[at] : String(at);
    if (key === undefined) continue;
    const keyProblem = keys ? textProblem(key) : undefined;
    if (keyProblem) note(path, `has a field name that ${keyProblem}`);
    else look(node[key], [...path, key]);
  }
  return Object.fromEntries(found);
}

/**
 * Every text inside a request (object keys too), each named by its path as field errors name it
 * (`feelings.0.name`), or `body` for the value itself. Used at the boundary so no text that a
 * database would change or refuse reaches one, whatever schema the route uses. Stops once it has
 * found `enough`.
 */
export function textProblems(
  value: unknown,
  enough = Number.POSITIVE_INFINITY,
): Record<string, string> {
  const steps = textProblemSteps(value, Number.POSITIVE_INFINITY, enough);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

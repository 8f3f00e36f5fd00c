import type { z } from "zod";
import { shownFieldName } from "../../core/text/shown-name.js";
import { textProblems } from "../../core/text/well-formed.js";
import { AppError } from "../errors/app-error.js";
import { appWording } from "./zod-wording.js";

/**
 * Names each wrong field by its path (`connections.0.mode`), or `body` for the whole value. A Map,
 * not an object, collects them: field names come from the request, and `constructor` or
 * `__proto__` must be names like any other, never something an object already has. A name holding
 * a control character is spelled out (`<U+0000>`), never repeated to the person reading it.
 * Stops once it has `enough`: a body of forty thousand unknown fields had every one named.
 */
export function fieldErrors(
  error: z.ZodError,
  input: unknown,
  enough = Number.POSITIVE_INFINITY,
): Record<string, string> {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    if (fields.size >= enough) break;
    if (issue.code === "unrecognized_keys") {
      const prefix = issue.path.length ? `${pathName(issue.path)}.` : "";
      for (const key of issue.keys) {
        if (fields.size >= enough) break;
        fields.set(`${prefix}${shownFieldName(key)}`, "is not a field we know");
      }
      continue;
    }
    const path = issue.path.length ? pathName(issue.path) : "body";
    if (!fields.has(path)) {
      const missing =
        issue.code === "invalid_type" &&
        issue.path.length > 0 &&
        valueAt(input, issue.path) === undefined;
      const notObject = issue.code === "invalid_type" && issue.path.length === 0;
      fields.set(
        path,
        missing ? "is required" : notObject ? "must be a JSON object" : issue.message,
      );
    }
  }
  return Object.fromEntries(fields);
}

const pathName = (path: readonly PropertyKey[]) =>
  path.map((part) => shownFieldName(String(part))).join(".");

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/**
 * The words a schema gives for refusing the whole body (a rule across its fields, such as the
 * safety plan's "name at least one step"), as `params.summary` of that issue; else none.
 */
function summaryOf(error: z.ZodError): string | undefined {
  for (const issue of error.issues) {
    if (issue.code !== "custom" || issue.path.length > 0) continue;
    const summary: unknown = issue.params?.summary;
    if (typeof summary === "string") return summary;
  }
  return undefined;
}

/**
 * How many problems a refusal names: enough to fix a pattern, few enough to read. A body of
 * 384 KB held forty thousand bad texts, each named: a second of work and an answer of 4 MB.
 */
export const PROBLEMS_NAMED = 10;

/**
 * The first PROBLEMS_NAMED of `found` and the words asking to check them, saying so when there
 * were more: callers look for one more than they name, to know, and no further.
 */
export function namedFew(found: Record<string, string>): {
  fields: Record<string, string>;
  message: string;
} {
  const entries = Object.entries(found);
  const fields = Object.fromEntries(entries.slice(0, PROBLEMS_NAMED));
  const names = Object.keys(fields).join(", ");
  const message =
    entries.length > PROBLEMS_NAMED
      ? `Please check ${names}, and more: only the first ${PROBLEMS_NAMED} are named.`
      : `Please check ${names}.`;
  return { fields, message };
}

function invalidInput(
  found: Record<string, string>,
  what: string,
  summary: string | undefined,
): AppError {
  const names = Object.keys(found);
  if (names.length === 1 && names[0] === "body")
    return new AppError(
      400,
      "invalid-input",
      summary ?? `The ${what} must be a JSON object.`,
      found,
    );
  const { fields, message } = namedFew(found);
  return new AppError(400, "invalid-input", message, fields);
}

/**
 * The answer to text a database would change or refuse (`textProblems`), or none when there is
 * none; past PROBLEMS_NAMED problems, the first ones and that there are more.
 */
export function textRefusal(problems: Record<string, string>): AppError | undefined {
  if (Object.keys(problems).length === 0) return undefined;
  const { fields, message } = namedFew(problems);
  return new AppError(400, "invalid-input", message, fields);
}

/**
 * Validates input at the boundary; anything wrong becomes a 400 that names the first ten fields
 * wrong (and says when there are more). Text that
 * a database would change or refuse (half an emoji, NUL) is refused first, in any field, whatever
 * the schema says, so both engines give the same answer and no row can break a later read.
 */
export function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what = "request",
): z.infer<T> {
  // One more than is named, to know there are more, and no further.
  const badText = textRefusal(textProblems(value, PROBLEMS_NAMED + 1));
  if (badText) throw badText;
  const result = schema.safeParse(value, { error: appWording });
  if (result.success) return result.data;
  throw invalidInput(
    fieldErrors(result.error, value, PROBLEMS_NAMED + 1),
    what,
    summaryOf(result.error),
  );
}

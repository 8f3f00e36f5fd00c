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
 */
export function fieldErrors(error: z.ZodError, input: unknown): Record<string, string> {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const prefix = issue.path.length ? `${pathName(issue.path)}.` : "";
      for (const key of issue.keys) {
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

function invalidInput(
  fields: Record<string, string>,
  what: string,
  summary: string | undefined,
): AppError {
  const names = Object.keys(fields);
  const message =
    names.length === 1 && names[0] === "body"
      ? (summary ?? `The ${what} must be a JSON object.`)
      : `Please check ${names.join(", ")}.`;
  return new AppError(400, "invalid-input", message, fields);
}

/** The answer to text a database would change or refuse (`textProblems`), or none when there is none. */
export function textRefusal(problems: Record<string, string>): AppError | undefined {
  const names = Object.keys(problems);
  if (names.length === 0) return undefined;
  return new AppError(400, "invalid-input", `Please check ${names.join(", ")}.`, problems);
}

/**
 * Validates input at the boundary; anything wrong becomes a 400 that names every field. Text that
 * a database would change or refuse (half an emoji, NUL) is refused first, in any field, whatever
 * the schema says, so both engines give the same answer and no row can break a later read.
 */
export function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what = "request",
): z.infer<T> {
  const badText = textRefusal(textProblems(value));
  if (badText) throw badText;
  const result = schema.safeParse(value, { error: appWording });
  if (result.success) return result.data;
  throw invalidInput(fieldErrors(result.error, value), what, summaryOf(result.error));
}

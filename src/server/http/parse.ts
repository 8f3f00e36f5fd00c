import type { z } from "zod";
import { AppError } from "../errors/app-error.js";

/** Names each wrong field by its path (`connections.0.mode`), or `body` for the whole value. */
export function fieldErrors(error: z.ZodError, input: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const prefix = issue.path.length ? `${issue.path.join(".")}.` : "";
      for (const key of issue.keys) fields[`${prefix}${key}`] = "is not a field we know";
      continue;
    }
    const path = issue.path.length ? issue.path.join(".") : "body";
    if (!(path in fields)) {
      const missing =
        issue.code === "invalid_type" &&
        issue.path.length > 0 &&
        valueAt(input, issue.path) === undefined;
      const notObject = issue.code === "invalid_type" && issue.path.length === 0;
      fields[path] = missing ? "is required" : notObject ? "must be a JSON object" : issue.message;
    }
  }
  return fields;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** Validates input at the boundary; anything wrong becomes a 400 that names every field. */
export function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what = "request",
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldErrors(result.error, value);
  const names = Object.keys(fields);
  const message =
    names.length === 1 && names[0] === "body"
      ? `The ${what} must be a JSON object.`
      : `Please check ${names.join(", ")}.`;
  throw new AppError(400, "invalid-input", message, fields);
}

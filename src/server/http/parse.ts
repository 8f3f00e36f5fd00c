import type { z } from "zod";
import { AppError } from "../errors/app-error.js";

/** Names each wrong field by its path (`connections.0.mode`), or `body` for the whole value. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const prefix = issue.path.length ? `${issue.path.join(".")}.` : "";
      for (const key of issue.keys) fields[`${prefix}${key}`] = "is not a field we know";
      continue;
    }
    const path = issue.path.length ? issue.path.join(".") : "body";
    if (!(path in fields)) {
      fields[path] = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
    }
  }
  return fields;
}

/** Validates input at the boundary; anything wrong becomes a 400 that names every field. */
export function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what = "request",
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldErrors(result.error);
  const names = Object.keys(fields);
  const message =
    names.length === 1 && names[0] === "body"
      ? `The ${what} must be a JSON object.`
      : `Please check ${names.join(", ")}.`;
  throw new AppError(400, "invalid-input", message, fields);
}

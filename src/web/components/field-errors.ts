import type { z } from "zod";
import { ApiRequestError } from "../api/client.js";

/** Field problems keyed by path such as `note` or `connections.0.mode`. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Accepts `connections[0].mode` as well as `connections.0.mode`, so either style of path lines up. */
export function normalizePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}

export function errorsFromIssues(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= issue.message;
  }
  return errors;
}

export function errorsFromServer(fields: Readonly<Record<string, string>>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) errors[normalizePath(path)] = message;
  return errors;
}

/** The server's field problems carried by a failed request; none for any other failure. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiRequestError ? errorsFromServer(error.fields) : {};
}

/**
 * The schemas word their messages to follow the field's name ("must be at least 8 characters");
 * a message that is already a sentence is shown as it is.
 */
export function sentence(label: string | undefined, message: string): string {
  const first = message.charAt(0);
  const fragment = first === first.toLowerCase();
  const text = !fragment
    ? message
    : label
      ? `${label} ${message}`
      : first.toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

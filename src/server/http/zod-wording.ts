import type { z } from "zod";

type Issue = z.core.$ZodRawIssue;

/**
 * The field an issue is about, as a person reads it: the last name in its path, with the place in
 * a list when the issue is about one item (`warningSigns item 2`), or `this` at the top.
 */
export function fieldLabel(path: readonly PropertyKey[] | undefined): string {
  const steps = path ?? [];
  let last = -1;
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    if (typeof steps[index] === "string") {
      last = index;
      break;
    }
  }
  const name = last >= 0 ? String(steps[last]) : "this";
  const place = steps.slice(last + 1).filter((step) => typeof step === "number");
  return place.length === 0 ? name : `${name} item ${place.map((n) => n + 1).join(".")}`;
}

const KINDS: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  boolean: "true or false",
  array: "a list",
  tuple: "a list",
  object: "an object",
  record: "an object",
  map: "an object",
  date: "a date",
  null: "null",
};

function plural(count: number | bigint, one: string, many: string): string {
  return `${count} ${Number(count) === 1 ? one : many}`;
}

function sizeOf(origin: string, bound: number | bigint): string {
  if (origin === "string") return plural(bound, "character", "characters");
  if (origin === "array" || origin === "set") return plural(bound, "item", "items");
  if (origin === "file") return plural(bound, "byte", "bytes");
  return String(bound);
}

function listed(values: readonly unknown[]): string {
  const words = values.map((value) => String(value));
  if (words.length <= 1) return words.join("");
  return `one of ${words.join(", ")}`;
}

/** What is wrong, without the field's name, in the app's words. */
function problem(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return `must be ${KINDS[issue.expected] ?? "a different kind of value"}`;
    case "too_big":
      if (issue.exact) return `must be exactly ${sizeOf(issue.origin, issue.maximum)}`;
      return issue.inclusive === false
        ? `must be less than ${sizeOf(issue.origin, issue.maximum)}`
        : `must be at most ${sizeOf(issue.origin, issue.maximum)}`;
    case "too_small":
      if (issue.exact) return `must be exactly ${sizeOf(issue.origin, issue.minimum)}`;
      if (issue.origin === "string" && Number(issue.minimum) === 1 && issue.inclusive !== false) {
        return "must not be empty";
      }
      return issue.inclusive === false
        ? `must be more than ${sizeOf(issue.origin, issue.minimum)}`
        : `must be at least ${sizeOf(issue.origin, issue.minimum)}`;
    case "invalid_format":
      return issue.format === "email" ? "must be an email address" : "is not in a form we take";
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    case "invalid_value":
      return `must be ${listed(issue.values)}`;
    case "unrecognized_keys":
      return "holds fields we do not know";
    case "invalid_key":
      return "holds a name we do not take";
    case "invalid_element":
      return "holds a value we do not take";
    case "invalid_union":
      return "is not in a form we take";
    default:
      return "is not a value we can take";
  }
}

/**
 * Zod's own English ("Too big: expected string to have <=100 characters") never reaches a person:
 * given to a parse as its error map, every issue a schema did not word itself is said the app's
 * way, naming the field ("name must be at most 100 characters"). A schema's own words still win.
 */
export const appWording: z.core.$ZodErrorMap = (issue) =>
  `${fieldLabel(issue.path)} ${problem(issue)}`;

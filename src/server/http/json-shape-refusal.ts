import { shownFieldName } from "../../core/text/shown-name.js";
import { AppError } from "../errors/app-error.js";
import { type JsonShapeProblem, MAX_JSON_DEPTH } from "./json-shape.js";

// A key is echoed so the person can find it, but never at any length a sender chooses, and never
// with a control character in it (spelled out instead).
const shown = shownFieldName;

/** The 400 for a body whose shape the app refuses, naming where; `what` is "request" or "file". */
export function jsonShapeRefusal(problem: JsonShapeProblem, what: "request" | "file"): AppError {
  const nothing = what === "file" ? " Nothing was imported." : "";
  if (problem.kind === "duplicate-key") {
    return new AppError(
      400,
      "duplicate-key",
      `The ${what} names "${shown(problem.key)}" twice in one object, so we cannot tell which was meant.${nothing}`,
      { [problem.path]: "is given more than once" },
    );
  }
  if (problem.kind === "number-underflow") {
    // The code every other wrong field has, so a form shows it beside the field it names.
    return new AppError(
      400,
      what === "file" ? "invalid-import" : "invalid-input",
      `The ${what} holds the number ${shown(problem.literal)}, too small to keep: it would be read as 0, which it does not say. Write 0 if 0 is meant.${nothing}`,
      { [problem.path || "body"]: "is a number too small to keep (it would be read as 0)" },
    );
  }
  if (problem.kind === "number-inexact") {
    // Quoted as sent (as far as any text is echoed): read as a number, it is another one.
    return new AppError(
      400,
      what === "file" ? "invalid-import" : "invalid-input",
      `The ${what} holds the number ${shown(problem.literal)}, too large to keep exactly: a whole number can be at most ${Number.MAX_SAFE_INTEGER} either way.${nothing}`,
      {
        [problem.path || "body"]:
          `is a number too large to keep exactly (at most ${Number.MAX_SAFE_INTEGER} either way)`,
      },
    );
  }
  if (problem.kind === "number-rounded") {
    return new AppError(
      400,
      what === "file" ? "invalid-import" : "invalid-input",
      `The ${what} holds the number ${shown(problem.literal)}, with more digits than can be kept: it would be read as ${problem.readAs}, which it does not say.${nothing}`,
      {
        [problem.path || "body"]:
          `is a number with more digits than can be kept (it would be read as ${problem.readAs})`,
      },
    );
  }
  if (problem.kind === "too-many-keys") {
    return new AppError(
      400,
      what === "file" ? "invalid-import" : "invalid-input",
      `The ${what} holds an object with more than ${problem.most} fields, far more than anything we take.${nothing}`,
      { [problem.path || "body"]: `has more than ${problem.most} fields` },
    );
  }
  return new AppError(
    400,
    "too-deep",
    `The ${what} nests objects and lists more than ${MAX_JSON_DEPTH} levels deep, deeper than anything we take.${nothing}`,
    { [problem.path || "body"]: "is nested too deeply" },
  );
}

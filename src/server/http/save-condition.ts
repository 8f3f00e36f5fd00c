import type { FastifyRequest } from "fastify";
import { parseSaveCondition } from "../../core/versions/parse-condition.js";
import type { SaveCondition } from "../../core/versions/save-condition.js";
import { AppError } from "../errors/app-error.js";

/**
 * `If-Match` or `If-None-Match`, as a conditional save or delete reads them; a malformed one is a
 * 400 `invalid-condition` naming the header. Check-ins, the safety plan and thought records read
 * them alike, so a client learns the rules once (docs/API.md, "Versions and conditional saves").
 */
export function saveConditionOf(headers: FastifyRequest["headers"]): SaveCondition {
  const parsed = parseSaveCondition(
    oneHeader(headers["if-match"]),
    oneHeader(headers["if-none-match"]),
  );
  if (!parsed.ok) throw invalidCondition(parsed.header, parsed.problem);
  return parsed.condition;
}

export function invalidCondition(header: "if-match" | "if-none-match", problem: string): AppError {
  return new AppError(400, "invalid-condition", `The ${header} header ${problem}.`, {
    [header]: problem,
  });
}

/** A header sent twice arrives as a list; two conditions are one too many, so the first is not guessed. */
function oneHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

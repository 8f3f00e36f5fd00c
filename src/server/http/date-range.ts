import { isMoreThanYearsAfter, type LocalDate } from "../../core/dates/local-date.js";
import { AppError } from "../errors/app-error.js";

/** How a route fills in a period's ends when they are left out, and how long a period may be. */
export interface RangeRule {
  /** The longest period in calendar years: `to` at most the same day that many years after `from`. */
  maxYears: number;
  /** The longest period in words: "a year". */
  longest: string;
  /** What `from` is when not given, in words: "a week before today". */
  fromDefault: string;
  /** What `to` is when not given, in words: "a week after today". */
  toDefault: string;
}

/**
 * Refuses a period that runs backwards or is too long, naming the parameter the caller sent: with
 * only `?to=` given, `to` is what was wrong, never the `from` they did not send. With both given,
 * `from` is named, as it always was.
 */
export function checkRange(
  given: { from?: LocalDate | undefined; to?: LocalDate | undefined },
  from: LocalDate,
  to: LocalDate,
  rule: RangeRule,
): void {
  const blamed = given.from === undefined && given.to !== undefined ? "to" : "from";
  const other = blamed === "from" ? "to" : "from";
  const otherDefault =
    given[other] === undefined
      ? ` (${blamed === "from" ? rule.toDefault : rule.fromDefault}, when \`${other}\` is not given)`
      : "";
  if (from > to) {
    const [problem, message] =
      blamed === "from"
        ? ["is after to", `\`from\` must be on or before \`to\`${otherDefault}.`]
        : ["is before from", `\`to\` must be on or after \`from\`${otherDefault}.`];
    throw new AppError(400, "invalid-range", message, { [blamed]: problem });
  }
  if (isMoreThanYearsAfter(from, to, rule.maxYears)) {
    const problem =
      blamed === "from"
        ? `is more than ${rule.longest} before to`
        : `is more than ${rule.longest} after from`;
    throw new AppError(
      400,
      "invalid-range",
      `Please ask for at most ${rule.longest} at a time${otherDefault}.`,
      { [blamed]: problem },
    );
  }
}

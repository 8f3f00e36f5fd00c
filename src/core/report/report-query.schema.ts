import { z } from "zod";
import { localDateSchema } from "../checkins/checkin.schema.js";
import { isLocalDate, isMoreThanYearsAfter } from "../dates/local-date.js";

/** The longest period one report covers: enough for a long course of care, small enough to read. */
export const REPORT_MAX_YEARS = 5;

const tick = z.enum(["0", "1"], { message: "must be 0 or 1" }).default("0");

/**
 * `GET /api/report.pdf`: the period, first and last day included, and the two things a person
 * may choose to add. Notes and thought texts stay out unless ticked: the report is often shown
 * to someone else, and those are the person's most private words.
 */
export const reportQuerySchema = z
  .strictObject({
    from: localDateSchema,
    to: localDateSchema,
    includeNotes: tick,
    includeThoughts: tick,
  })
  .superRefine((query, context) => {
    // A date that is not one is already named; the period is only judged between two real dates.
    if (!isLocalDate(query.from) || !isLocalDate(query.to)) return;
    if (query.from > query.to) {
      context.addIssue({ code: "custom", path: ["from"], message: "must be on or before to" });
    } else if (isMoreThanYearsAfter(query.from, query.to, REPORT_MAX_YEARS)) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: `must be at most ${REPORT_MAX_YEARS} years after from`,
      });
    }
  });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

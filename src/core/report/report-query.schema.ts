import { z } from "zod";
import { localDateSchema } from "../checkins/checkin.schema.js";
import { daysBetween, isLocalDate } from "../dates/local-date.js";

/** The longest period one report covers: enough for a long course of care, small enough to read. */
export const REPORT_MAX_YEARS = 5;
const REPORT_MAX_DAYS = REPORT_MAX_YEARS * 366;

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
    const days = daysBetween(query.from, query.to);
    if (days < 0) {
      context.addIssue({ code: "custom", path: ["from"], message: "must be on or before to" });
    } else if (days >= REPORT_MAX_DAYS) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: `must be at most ${REPORT_MAX_YEARS} years after from`,
      });
    }
  });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

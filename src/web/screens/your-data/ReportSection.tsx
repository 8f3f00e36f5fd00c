import { useId, useState } from "react";
import { localDateOf } from "../../../core/dates/local-date.js";
import { reportQuerySchema } from "../../../core/report/report-query.schema.js";
import { FormProblem } from "../../components/FormProblem.js";
import { DownloadLink } from "./DownloadLink.js";
import { IncludeTick } from "./IncludeTick.js";

/** The default period: the last three months, today included, as most appointments look back. */
function lastThreeMonths(): { from: string; to: string } {
  const today = new Date();
  const start = new Date(today);
  start.setMonth(start.getMonth() - 3);
  return { from: localDateOf(start), to: localDateOf(today) };
}

/**
 * A PDF to take to a doctor or therapist: the check-ups, check-in averages, activities and the
 * thinking traps noticed, for a chosen period. Notes and thought records are the most private
 * words, so they are only in it when the person ticks them.
 */
export function ReportSection() {
  const id = useId();
  const [period, setPeriod] = useState(lastThreeMonths);
  const [notes, setNotes] = useState(false);
  const [thoughts, setThoughts] = useState(false);

  // The same rules the server holds, so a period it would refuse never becomes a link.
  const query = reportQuerySchema.safeParse({
    ...period,
    includeNotes: notes ? "1" : "0",
    includeThoughts: thoughts ? "1" : "0",
  });
  const problem = query.success
    ? ""
    : query.error.issues.some((issue) => issue.path[0] === "to" && period.to && period.from)
      ? "The report covers at most 5 years: please choose a shorter period."
      : query.error.issues.some((issue) => issue.path[0] === "from" && period.from && period.to)
        ? "The first day needs to come before the last day."
        : "Please choose a first and a last day.";
  const href = query.success ? `/api/report.pdf?${new URLSearchParams(query.data)}` : undefined;

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>A report for your doctor or therapist</h2>
      <p>
        A PDF of your check-ups (PHQ-9 and UCLA-3), your check-in averages by week, your activities
        and the thinking traps you noticed. It says on every page that it is what you noted
        yourself, not a diagnosis. Your notes and thoughts stay out unless you tick them.
      </p>
      <div className="field">
        <label htmlFor={`${id}-from`}>First day</label>
        <input
          id={`${id}-from`}
          type="date"
          value={period.from}
          required
          onChange={(event) => setPeriod({ ...period, from: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Last day</label>
        <input
          id={`${id}-to`}
          type="date"
          value={period.to}
          required
          onChange={(event) => setPeriod({ ...period, to: event.target.value })}
        />
      </div>
      <IncludeTick checked={notes} onChange={setNotes}>
        Add my check-in notes to the report
      </IncludeTick>
      <IncludeTick checked={thoughts} onChange={setThoughts}>
        Add what I wrote in thought records to the report
      </IncludeTick>
      <FormProblem message={problem} />
      {href ? (
        <p>
          <DownloadLink href={href}>Download the report (PDF)</DownloadLink>
        </p>
      ) : null}
    </section>
  );
}

import type { WithdrawalSignal } from "../../../core/insights/insights.schema.js";
import { rowLabel, withdrawalRows } from "../../../core/insights/withdrawal-words.js";
import { shortDayName as dayMonth } from "../../components/day-name.js";
import { Link } from "../../components/Link.js";
import { TableScroll } from "../../components/TableScroll.js";

/** The Learn lesson on the withdrawal cycle (content/lessons/the-cycle.md). */
export const CYCLE_LESSON = { href: "/learn/the-cycle", title: "The loop that keeps you low" };

/** What the check still waits for, in one or two plain sentences. */
function stillNeeded(needed: { recent: number; baseline: number }): string {
  const checkins = (n: number) => `${n} more ${n === 1 ? "check-in" : "check-ins"}`;
  const recent = needed.recent > 0 ? `${checkins(needed.recent)} in the last 7 days` : "";
  const baseline =
    needed.baseline > 0
      ? `${recent ? `${needed.baseline} more` : checkins(needed.baseline)} in the 4 weeks before`
      : "";
  const parts = [recent, baseline].filter((part) => part !== "");
  // Today's check-ins count for the last 7 days now, and for the weeks before as days pass.
  return `It waits for ${parts.join(" and ")}. Each day you check in counts toward this.`;
}

/**
 * This week against the person's own usual weeks. When it is `watch` or `alert` it says so
 * gently and offers one small step toward someone and the lesson on the cycle: never a verdict.
 */
export function WithdrawalSection({ withdrawal }: { withdrawal: WithdrawalSignal }) {
  const { recent, baseline } = withdrawal.window;
  const windows =
    `Last 7 days: ${dayMonth(recent.from)} to ${dayMonth(recent.to)}. ` +
    `The 4 weeks before: ${dayMonth(baseline.from)} to ${dayMonth(baseline.to)}. ` +
    `From ${withdrawal.checkins.recent} check-ins in the last 7 days and ${withdrawal.checkins.baseline} in the 4 weeks before.`;
  return (
    <section className="insights-section" aria-labelledby="withdrawal-heading">
      <h2 id="withdrawal-heading">This week compared with your usual</h2>
      {withdrawal.status === "not-enough-data" ? (
        <>
          <p>{withdrawal.summary}</p>
          <p className="insights-waiting">{stillNeeded(withdrawal.needed)}</p>
        </>
      ) : (
        <>
          {withdrawal.status === "none" ? (
            <p>{withdrawal.summary}</p>
          ) : (
            <div className="insights-notice" role="note" aria-label="A gentle heads-up">
              <p>{withdrawal.summary}</p>
              <p>
                <strong>One small step:</strong> send one short message to someone you trust. It can
                be as small as "thinking of you". No reply needed.
              </p>
              <ul className="insights-links">
                <li>
                  <Link href="/plan">Find a small step in your Plan</Link>
                </li>
                <li>
                  <Link href={CYCLE_LESSON.href}>Read: {CYCLE_LESSON.title}</Link>
                </li>
              </ul>
            </div>
          )}
          <p className="hint">{windows}</p>
          <TableScroll label="Your last 7 days and the 4 weeks before">
            <table>
              <caption>Your last 7 days and the 4 weeks before</caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Last 7 days</th>
                  <th scope="col">Usual</th>
                  <th scope="col">Stands out?</th>
                </tr>
              </thead>
              <tbody>
                {/* The same rows the summary above was written from, so the two agree. */}
                {withdrawalRows(withdrawal.measures).map((row) => (
                  <tr key={row.measure}>
                    <th scope="row">{row.label}</th>
                    <td>{row.recent}</td>
                    <td>{row.usual}</td>
                    <td>{row.standsOutWords}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {withdrawal.notEnoughData.length > 0 ? (
            <p className="hint">
              Not enough answers yet to compare:{" "}
              {withdrawal.notEnoughData.map((m) => rowLabel(m).toLowerCase()).join(", ")}.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

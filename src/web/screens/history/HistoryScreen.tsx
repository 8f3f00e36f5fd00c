import { useCallback, useEffect, useState } from "react";
import type { Checkin } from "../../../core/checkins/checkin.schema.js";
import type { LocalDate } from "../../../core/dates/local-date.js";
import { messageOf } from "../../api/client.js";
import { api } from "../../api/reconnect.js";
import { nextTask } from "../../app/next-task.js";
import { Link } from "../../components/Link.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { lazyDateFormat } from "../../dates/lazy-date-format.js";
import { HistoryChart } from "./HistoryChart.js";
import { HistoryTable } from "./HistoryTable.js";
import { historyPage, historyPath, type Month, monthTitle } from "./months.js";

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | {
      state: "ready";
      checkins: Checkin[];
      first: LocalDate | null;
      /** With no network: when this copy was the server's answer; null when fresh. */
      keptAt: string | null;
    };

const INTRO = "The days you checked in on, with how you felt and who you connected with.";

// Only shown with no network: built then, if ever.
const seenAt = lazyDateFormat(
  { weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" },
  { warm: false },
);

/** The last four weeks (`month: null`), or one month further back, with a way to page between. */
export function HistoryScreen({ today, month }: { today: LocalDate; month: Month | null }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const { from, to } = historyPage(month, today, null);
  const title = month === null ? "Your last four weeks" : monthTitle(month);
  const notYet = from > today;

  const load = useCallback(() => {
    let current = true;
    if (from > to) return () => {};
    setLoaded({ state: "loading" });
    // The check-ins are drawn in a task after the screen's frame (app/next-task.ts).
    Promise.all([api.checkinsSeen(from, to), api.checkinSpan(), nextTask()]).then(
      ([{ checkins, keptAt }, span]) => {
        if (current) setLoaded({ state: "ready", checkins, first: span.first, keptAt });
      },
      (error: unknown) => {
        if (current) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [from, to]);

  useEffect(() => load(), [load]);

  if (notYet) {
    return (
      <div className="screen">
        <ScreenHeading title="History">That month hasn't come yet</ScreenHeading>
        <p>
          <Link href={historyPath(null)}>See your last four weeks</Link>
        </p>
      </div>
    );
  }
  const page = historyPage(month, today, loaded.state === "ready" ? loaded.first : null);
  const period = month === null ? `over the last ${page.days} days` : `in ${title}`;
  return (
    <div className="screen">
      <ScreenHeading title={month === null ? "History" : `History, ${title}`}>
        {title}
      </ScreenHeading>
      {/* Drawn before the check-ins arrive, where it stays once they do: it is the screen's
          largest text, so the paint that counts does not wait on the network. */}
      {loaded.state === "loading" ? (
        <>
          <p>{INTRO}</p>
          <p>Getting your check-ins…</p>
        </>
      ) : null}
      {loaded.state === "ready" && loaded.keptAt !== null ? (
        <p className="offline-note">
          Last seen {seenAt.format(new Date(loaded.keptAt))}; you're offline. This is what this
          device kept then.
        </p>
      ) : null}
      {loaded.state === "failed" ? (
        <div role="alert" className="form-error">
          <p>{loaded.message}</p>
          <button type="button" className="secondary" onClick={() => load()}>
            Try again
          </button>
        </div>
      ) : null}
      {loaded.state === "ready" && loaded.checkins.length === 0 ? (
        <p>
          No check-ins {month === null ? "in these four weeks" : `in ${title}`} yet. When you check
          in, your days show up here. <Link href="/">Check in now</Link>
        </p>
      ) : null}
      {loaded.state === "ready" && loaded.checkins.length > 0 ? (
        <>
          <p>{INTRO}</p>
          <HistoryChart
            checkins={loaded.checkins}
            from={page.from}
            days={page.days}
            today={today}
            period={period}
          />
          <HistoryTable checkins={loaded.checkins} today={today} />
        </>
      ) : null}
      {loaded.state === "ready" ? (
        <MonthLinks month={month} page={page} hasCheckins={loaded.checkins.length > 0} />
      ) : null}
    </div>
  );
}

/** Earlier and later pages, named by month so a person always knows where a link goes. */
function MonthLinks({
  month,
  page,
  hasCheckins,
}: {
  month: Month | null;
  page: ReturnType<typeof historyPage>;
  hasCheckins: boolean;
}) {
  const later = page.later;
  return (
    <nav className="history-months" aria-label="Other months">
      <ul className="insights-links">
        {page.earlier !== null ? (
          <li>
            <Link href={historyPath(page.earlier)}>Earlier: {monthTitle(page.earlier)}</Link>
          </li>
        ) : null}
        {month !== null ? (
          <li>
            {later !== null ? (
              <Link href={historyPath(later)}>Later: {monthTitle(later)}</Link>
            ) : (
              <Link href={historyPath(null)}>Later: your last four weeks</Link>
            )}
          </li>
        ) : null}
      </ul>
      {page.earlier === null && month !== null && hasCheckins ? (
        <p className="hint">This month holds your first check-in.</p>
      ) : null}
    </nav>
  );
}

import { useCallback, useEffect, useState } from "react";
import type { Checkin } from "../../../core/checkins/checkin.schema.js";
import { addDays, type LocalDate } from "../../../core/dates/local-date.js";
import { messageOf } from "../../api/client.js";
import { api } from "../../api/reconnect.js";
import { Link } from "../../components/Link.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { HistoryChart } from "./HistoryChart.js";
import { HistoryTable } from "./HistoryTable.js";

const DAYS = 28;

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; checkins: Checkin[] };

export function HistoryScreen({ today }: { today: LocalDate }) {
  const from = addDays(today, -(DAYS - 1));
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });

  const load = useCallback(() => {
    let current = true;
    setLoaded({ state: "loading" });
    api.checkins(from, today).then(
      (checkins) => {
        if (current) setLoaded({ state: "ready", checkins });
      },
      (error: unknown) => {
        if (current) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [from, today]);

  useEffect(() => load(), [load]);

  return (
    <div className="screen">
      <ScreenHeading title="History">Your last four weeks</ScreenHeading>
      {loaded.state === "loading" ? <p>Getting your check-ins…</p> : null}
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
          No check-ins in these four weeks yet. When you check in, your days show up here.{" "}
          <Link href="/">Check in now</Link>
        </p>
      ) : null}
      {loaded.state === "ready" && loaded.checkins.length > 0 ? (
        <>
          <p>The days you checked in on, with how you felt and who you connected with.</p>
          <HistoryChart checkins={loaded.checkins} from={from} days={DAYS} />
          <HistoryTable checkins={loaded.checkins} today={today} />
        </>
      ) : null}
    </div>
  );
}

import { type FormEvent, useCallback, useEffect, useState } from "react";
import { mondayOf } from "../../../core/dates/local-date.js";
import type { RhythmWeek, Routine } from "../../../core/plan/plan-api.schema.js";
import type { RoutineAnchor } from "../../../core/plan/rhythm.js";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { TableScroll } from "../../components/TableScroll.js";
import { planApi } from "./plan-api.js";

function nowTime(): string {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
}

function shortDay(date: string): string {
  return new Date(`${date}T12:00:00`).toLocaleDateString(undefined, { weekday: "short" });
}

/** Routine anchors: target times, a one-tap tick for today, and this week's picture. */
export function RoutineSection({ today }: { today: string }) {
  const [routine, setRoutine] = useState<Routine | null>(null);
  const [week, setWeek] = useState<RhythmWeek | null>(null);
  const [targets, setTargets] = useState<Partial<Record<RoutineAnchor, string>>>({});
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");

  const load = useCallback(async () => {
    try {
      const [r, w] = await Promise.all([planApi.routine(), planApi.week(mondayOf(today))]);
      setRoutine(r);
      setWeek(w);
      setTargets(Object.fromEntries(r.anchors.map((a) => [a.anchor, a.target ?? ""])));
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, [today]);
  useEffect(() => {
    void load();
  }, [load]);

  async function saveTargets(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem("");
    const anchors = (routine?.anchors ?? []).flatMap((a) => {
      const target = targets[a.anchor];
      return target ? [{ anchor: a.anchor, target }] : [];
    });
    try {
      await planApi.saveRoutine(anchors);
      setStatus("Target times saved.");
      await load();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  async function tick(anchor: RoutineAnchor, label: string) {
    setProblem("");
    try {
      const time = nowTime();
      await planApi.tick(today, anchor, time);
      setStatus(`${label}: noted at ${time}.`);
      await load();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  const todayOf = (anchor: RoutineAnchor) =>
    week?.anchors.find((a) => a.anchor === anchor)?.days.find((d) => d.date === today)?.time ??
    null;

  return (
    <section aria-labelledby="routine-heading">
      <h2 id="routine-heading">Daily anchors</h2>
      <p>A steadier rhythm helps sleep and energy. Tap when each one happens today.</p>
      <ul className="anchor-list">
        {routine?.anchors.map((a) => {
          const done = todayOf(a.anchor);
          return (
            <li key={a.anchor}>
              <button
                type="button"
                className="secondary"
                aria-pressed={done !== null}
                onClick={() => void tick(a.anchor, a.label)}
              >
                {a.label}
                {done ? ` · noted at ${done}` : ""}
              </button>
              {a.target ? <span className="hint"> Target {a.target}</span> : null}
            </li>
          );
        })}
      </ul>
      <p role="status" className="hint">
        {status}
      </p>
      <FormProblem message={problem} />

      {week ? (
        // Days down the side and the four anchors across, so the whole week, Sunday included,
        // fits a phone's width without scrolling sideways. With the text at 200% it cannot: then
        // the table scrolls on its own, and the page and the week's summary stay on the screen.
        <>
          {/* Out of the caption, which is as wide as the table: it wraps to the screen. */}
          <p className="hint">{week.summary}</p>
          <TableScroll label="This week's rhythm">
            <table className="rhythm-table">
              <caption>This week's rhythm</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {week.anchors.map((a) => (
                    <th key={a.anchor} scope="col">
                      {a.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {week.dates.map((date, day) => (
                  <tr key={date}>
                    <th scope="row">{shortDay(date)}</th>
                    {week.anchors.map((a) => {
                      const noted = a.days[day];
                      return (
                        <td key={a.anchor}>
                          {noted === undefined || noted.time === null ? (
                            <>
                              <span aria-hidden="true">·</span>
                              <span className="visually-hidden">not noted</span>
                            </>
                          ) : (
                            <span>
                              {noted.time}
                              {noted.close ? <span className="hint"> (near target)</span> : null}
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}

      <details className="more">
        <summary>Set target times</summary>
        <form onSubmit={saveTargets}>
          {routine?.anchors.map((a) => (
            <div className="field" key={a.anchor}>
              <label htmlFor={`target-${a.anchor}`}>{a.label}</label>
              <input
                id={`target-${a.anchor}`}
                type="time"
                value={targets[a.anchor] ?? ""}
                onChange={(e) => setTargets({ ...targets, [a.anchor]: e.target.value })}
              />
            </div>
          ))}
          <button type="submit" className="primary">
            Save target times
          </button>
        </form>
      </details>
    </section>
  );
}

import type { ActivitiesAndMood, AreaMood } from "../../../core/insights/insights.schema.js";
import { oneDecimal } from "../../../core/insights/wording.js";
import { Link } from "../../components/Link.js";
import { TableScroll } from "../../components/TableScroll.js";
import { signed } from "./cycle-words.js";

const WIDTH = 640;
const LABEL_WIDTH = 230;
const RIGHT = 24;
const ROW = 40;
const TOP = 12;
const AXIS = 36;

type Shown = Extract<AreaMood, { status: "ok" }>;

const when = (area: AreaMood) => (area.timing === "same-day" ? "same day" : "next day");

function summary(shown: readonly Shown[]): string {
  const clear = shown.filter((area) => !area.includesZero).length;
  return (
    `${shown.length} ${shown.length === 1 ? "comparison" : "comparisons"} of your mood with and without an activity area; ` +
    `${clear} ${clear === 1 ? "shows" : "show"} a clear difference. Every number is in the table below.`
  );
}

/** Which kinds of activity go with a better mood, each with its count of days and its range. */
export function ActivitiesSection({ activities }: { activities: ActivitiesAndMood }) {
  const shown = activities.areas.filter((area): area is Shown => area.status === "ok");
  return (
    <section className="insights-section" aria-labelledby="activities-heading">
      <h2 id="activities-heading">Activities and mood</h2>
      {activities.areas.length === 0 ? (
        <p className="insights-waiting">
          When you mark planned activities as done, this shows which kinds go with better days. It
          needs at least {activities.minDays} days with an activity area and {activities.minDays}{" "}
          without. <Link href="/plan">Open your Plan</Link>
        </p>
      ) : (
        <>
          <p>{activities.note}</p>
          {shown.length > 0 ? <AreaChart shown={shown} /> : null}
          <ul className="insights-sentences">
            {activities.areas.map((area) => (
              <li key={`${area.timing}-${area.area}`}>{area.sentence}</li>
            ))}
          </ul>
          {shown.length > 0 ? (
            <TableScroll label="Your mood with and without each activity area">
              <table>
                <caption>Your mood with and without each activity area</caption>
                <thead>
                  <tr>
                    <th scope="col">Area</th>
                    <th scope="col">Days with</th>
                    <th scope="col">Days without</th>
                    <th scope="col">Mood with</th>
                    <th scope="col">Mood without</th>
                    <th scope="col">Difference (likely range)</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((area) => (
                    <tr key={`${area.timing}-${area.area}`}>
                      <th scope="row">
                        {area.area}, {when(area)}
                      </th>
                      <td>{area.daysWith}</td>
                      <td>{area.daysWithout}</td>
                      <td>{oneDecimal(area.moodWith)}</td>
                      <td>{oneDecimal(area.moodWithout)}</td>
                      <td>
                        {signed(area.difference)} ({signed(area.interval[0])} to{" "}
                        {signed(area.interval[1])})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Each difference as a dot with its likely range as a line: dashed when the range includes zero. */
function AreaChart({ shown }: { shown: readonly Shown[] }) {
  const reach = Math.max(
    2,
    Math.ceil(Math.max(...shown.flatMap((area) => area.interval.map((end) => Math.abs(end))))),
  );
  const height = TOP + shown.length * ROW + AXIS;
  const x = (value: number) =>
    LABEL_WIDTH + ((value + reach) / (2 * reach)) * (WIDTH - LABEL_WIDTH - RIGHT);
  const bottom = TOP + shown.length * ROW;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={summary(shown)}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="chart-svg"
      >
        <line className="chart-grid" x1={x(0)} x2={x(0)} y1={TOP} y2={bottom} />
        {shown.map((area, i) => {
          const y = TOP + i * ROW + ROW / 2;
          return (
            <g key={`${area.timing}-${area.area}`}>
              <text className="chart-label" x={LABEL_WIDTH - 12} y={y + 6} textAnchor="end">
                {area.area}, {when(area)}
              </text>
              <line
                className="insights-range"
                x1={x(area.interval[0])}
                x2={x(area.interval[1])}
                y1={y}
                y2={y}
                strokeDasharray={area.includesZero ? "8 6" : undefined}
              />
              <circle className="chart-marker-mood" cx={x(area.difference)} cy={y} r={7} />
            </g>
          );
        })}
        {[-reach, 0, reach].map((value) => (
          <text
            key={value}
            className="chart-label"
            x={x(value)}
            y={height - 8}
            textAnchor={value < 0 ? "start" : value > 0 ? "end" : "middle"}
          >
            {value === 0 ? "0" : `${value > 0 ? "+" : "-"}${Math.abs(value)} mood`}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>Dot: the difference in mood</li>
          <li>Line: where it most likely sits (dashed when that includes zero)</li>
        </ul>
      </figcaption>
    </figure>
  );
}

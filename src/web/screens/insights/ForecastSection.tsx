import type { ForecastGap, ForecastMonth } from "../../../core/insights/insights.schema.js";
import { oneDecimal } from "../../../core/insights/wording.js";
import { Link } from "../../components/Link.js";
import { TableScroll } from "../../components/TableScroll.js";

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 40;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 220;

const monthName = new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric" });
// The 15th at noon, so no time zone moves the month.
const monthOf = (month: string) => monthName.format(new Date(`${month}-15T12:00:00`));

/** Predicted vs. actual enjoyment: how things felt against how they were expected to feel. */
export function ForecastSection({ forecast }: { forecast: ForecastGap }) {
  const { overall } = forecast;
  return (
    <section className="insights-section" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">Expected and actual enjoyment</h2>
      {overall.status === "not-enough-data" ? (
        <p className="insights-waiting">
          {overall.sentence} When you plan an activity, guess how much you'll enjoy it; after, say
          how it felt. <Link href="/plan">Open your Plan</Link>
        </p>
      ) : (
        <>
          <p>{overall.sentence}</p>
          {forecast.overTime.length > 0 ? (
            <MonthChart months={forecast.overTime} summary={overall.sentence} />
          ) : null}
          {forecast.byArea.length > 0 ? (
            <ul className="insights-sentences">
              {forecast.byArea.map((area) => (
                <li key={area.area ?? "all"}>{area.sentence}</li>
              ))}
            </ul>
          ) : null}
          <TableScroll label="Expected and actual enjoyment by month">
            <table>
              <caption>Expected and actual enjoyment by month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Done and rated</th>
                  <th scope="col">Expected (0–10)</th>
                  <th scope="col">Actual (0–10)</th>
                </tr>
              </thead>
              <tbody>
                {forecast.overTime.map((month) => (
                  <tr key={month.month}>
                    <th scope="row">{monthOf(month.month)}</th>
                    <td>{month.done}</td>
                    <td>{oneDecimal(month.meanPredicted)}</td>
                    <td>{oneDecimal(month.meanActual)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

/** Two lines on 0–10 that differ in dash and marker shape as well as colour. */
function MonthChart({ months, summary }: { months: readonly ForecastMonth[]; summary: string }) {
  const step = (WIDTH - LEFT - RIGHT) / Math.max(months.length - 1, 1);
  const x = (i: number) => (months.length === 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + i * step);
  const y = (value: number) => BOTTOM - (value / 10) * (BOTTOM - TOP);
  const line = (pick: (m: ForecastMonth) => number) =>
    months
      .map((m, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)} ${y(pick(m)).toFixed(1)}`)
      .join(" ");
  const first = months[0];
  const last = months.at(-1);
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`Chart of expected and actual enjoyment by month. ${summary} Every number is in the table below.`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="chart-svg"
      >
        {[0, 5, 10].map((value) => (
          <g key={value}>
            <line className="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(value)} y2={y(value)} />
            <text className="chart-label" x={LEFT - 8} y={y(value) + 5} textAnchor="end">
              {value}
            </text>
          </g>
        ))}
        <path className="chart-line chart-energy" d={line((m) => m.meanPredicted)} />
        <path className="chart-line chart-mood" d={line((m) => m.meanActual)} />
        {months.map((m, i) => (
          <g key={m.month}>
            <rect
              className="chart-marker-energy"
              x={x(i) - 5}
              y={y(m.meanPredicted) - 5}
              width={10}
              height={10}
            />
            <circle className="chart-marker-mood" cx={x(i)} cy={y(m.meanActual)} r={6} />
          </g>
        ))}
        {first ? (
          <text className="chart-label" x={LEFT} y={HEIGHT - 8}>
            {monthOf(first.month)}
          </text>
        ) : null}
        {last && months.length > 1 ? (
          <text className="chart-label" x={WIDTH - RIGHT} y={HEIGHT - 8} textAnchor="end">
            {monthOf(last.month)}
          </text>
        ) : null}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <svg className="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
              <line className="chart-line chart-energy" x1={2} x2={38} y1={8} y2={8} />
              <rect className="chart-marker-energy" x={15} y={3} width={10} height={10} />
            </svg>
            Expected (dashed, squares)
          </li>
          <li>
            <svg className="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
              <line className="chart-line chart-mood" x1={2} x2={38} y1={8} y2={8} />
              <circle className="chart-marker-mood" cx={20} cy={8} r={5} />
            </svg>
            Actual (solid, circles)
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

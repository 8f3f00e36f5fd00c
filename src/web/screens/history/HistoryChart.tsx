import type { Checkin } from "../../../core/checkins/checkin.schema.js";
import { addDays, type LocalDate } from "../../../core/dates/local-date.js";
import { shortDayName } from "../../components/day-name.js";
import { summarize } from "./summary.js";

const WIDTH = 640;
const LEFT = 40;
const RIGHT = 16;
const SCALE_TOP = 16;
const SCALE_BOTTOM = 176;
const BARS_TOP = 216;
const BARS_BOTTOM = 272;
const HEIGHT = 306;

interface HistoryChartProps {
  checkins: readonly Checkin[];
  from: LocalDate;
  days: number;
  today: LocalDate;
  /** "over the last 28 days", "in October 2026": for the chart's words. */
  period: string;
}

/**
 * Mood and energy as lines on 0–10, connections as bars below. The two lines differ in dash and
 * marker shape as well as colour, and the table after the chart carries every number.
 */
export function HistoryChart({ checkins, from, days, today, period }: HistoryChartProps) {
  const to = addDays(from, days - 1);
  const byDate = new Map(checkins.map((checkin) => [checkin.date, checkin]));
  const slots = Array.from({ length: days }, (_, index) => {
    const date = addDays(from, index);
    return { date, checkin: byDate.get(date) };
  });
  const step = (WIDTH - LEFT - RIGHT) / Math.max(days - 1, 1);
  const x = (index: number) => LEFT + index * step;
  const y = (value: number) => SCALE_BOTTOM - (value / 10) * (SCALE_BOTTOM - SCALE_TOP);
  const mostConnections = Math.max(1, ...checkins.map((checkin) => checkin.connections.length));
  const barWidth = Math.max(step * 0.6, 4);

  const points = (pick: (checkin: Checkin) => number | undefined) =>
    slots.map(({ date, checkin }, index) => {
      const value = checkin ? pick(checkin) : undefined;
      return value === undefined ? null : { date, x: x(index), y: y(value) };
    });
  const mood = points((checkin) => checkin.mood);
  const energy = points((checkin) => checkin.energy);

  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={summarize(checkins, period)}
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
        <path className="chart-line chart-energy" d={linePath(energy)} />
        <path className="chart-line chart-mood" d={linePath(mood)} />
        {energy.map((point) =>
          point ? (
            <rect
              key={point.date}
              className="chart-marker-energy"
              x={point.x - 5}
              y={point.y - 5}
              width={10}
              height={10}
            />
          ) : null,
        )}
        {mood.map((point) =>
          point ? (
            <circle
              key={point.date}
              className="chart-marker-mood"
              cx={point.x}
              cy={point.y}
              r={6}
            />
          ) : null,
        )}
        <text className="chart-label" x={LEFT} y={BARS_TOP - 8}>
          Connections
        </text>
        <line
          className="chart-grid"
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={BARS_BOTTOM}
          y2={BARS_BOTTOM}
        />
        {slots.map(({ date, checkin }, index) => {
          const count = checkin?.connections.length ?? 0;
          if (count === 0) return null;
          const height = (count / mostConnections) * (BARS_BOTTOM - BARS_TOP);
          return (
            <rect
              key={date}
              className="chart-bar"
              x={x(index) - barWidth / 2}
              y={BARS_BOTTOM - height}
              width={barWidth}
              height={height}
            />
          );
        })}
        <text className="chart-label" x={LEFT} y={HEIGHT - 6}>
          {shortDayName(from)}
        </text>
        <text className="chart-label" x={WIDTH - RIGHT} y={HEIGHT - 6} textAnchor="end">
          {to === today ? "Today" : shortDayName(to)}
        </text>
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <LegendSwatch kind="mood" /> Mood: solid line, round dots
          </li>
          <li>
            <LegendSwatch kind="energy" /> Energy: dashed line, square dots
          </li>
          <li>
            <LegendSwatch kind="bar" /> Connections: bars
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** Joins neighbouring days only: a gap stays a gap rather than a line guessing across it. */
function linePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let path = "";
  let joined = false;
  for (const point of points) {
    if (!point) {
      joined = false;
      continue;
    }
    path += `${joined ? "L" : "M"}${point.x.toFixed(1)} ${point.y.toFixed(1)} `;
    joined = true;
  }
  return path.trim();
}

function LegendSwatch({ kind }: { kind: "mood" | "energy" | "bar" }) {
  return (
    <svg className="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
      {kind === "bar" ? (
        <rect className="chart-bar" x={14} y={2} width={12} height={14} />
      ) : (
        <>
          <line className={`chart-line chart-${kind}`} x1={2} x2={38} y1={8} y2={8} />
          {kind === "mood" ? (
            <circle className="chart-marker-mood" cx={20} cy={8} r={5} />
          ) : (
            <rect className="chart-marker-energy" x={15} y={3} width={10} height={10} />
          )}
        </>
      )}
    </svg>
  );
}

import { useId, useState } from "react";
import {
  type CycleDay,
  type CycleLevers,
  LEVERS,
  type LeverId,
  NEUTRAL_START,
  NO_HELP,
  simulate,
} from "../../../core/learn/cycle-model.js";
import { TableScroll } from "../../components/TableScroll.js";
import { changeWords, loopSummary } from "./loop-words.js";

const WEEKS = 6;
const DAYS = WEEKS * 7;
// Every other week: seven labels side by side crowded each other on a phone.
const WEEK_NUMBERS = [0, 2, 4, 6] as const;

/** Five stops per slider, in words: a number alone would mean nothing here. */
const AMOUNTS = ["Not at all", "A little", "Some days", "Most days", "Every day"] as const;

type Steps = Record<LeverId, number>;

const NONE: Steps = { connect: 0, activity: 0, sleep: 0, thinking: 0, support: 0 };

function leversOf(steps: Steps): CycleLevers {
  const unit = (n: number) => n / (AMOUNTS.length - 1);
  return {
    connect: unit(steps.connect),
    activity: unit(steps.activity),
    sleep: unit(steps.sleep),
    thinking: unit(steps.thinking),
    support: unit(steps.support),
  };
}

/** The loop, drawn as four steps in a circle with arrows between them. */
function LoopDiagram() {
  const titleId = useId();
  const descId = useId();
  const nodes = [
    { x: 170, y: 40, lines: ["Low mood and", "low energy"] },
    { x: 300, y: 140, lines: ["Pulling away", "from people"] },
    // Three short lines, so the words stay clear of the arrowheads either side.
    { x: 170, y: 218, lines: ["Fewer good", "moments, more", "heavy thoughts"] },
    { x: 40, y: 140, lines: ["Mood drops", "further"] },
  ] as const;
  return (
    <figure className="loop">
      <svg
        // Wider than the drawing on both sides, so the side labels are never cut off.
        viewBox="-24 0 388 280"
        className="loop-svg"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>The withdrawal loop</title>
        <desc id={descId}>
          Four steps in a circle. Low mood and low energy lead to pulling away from people. Pulling
          away leads to fewer good moments and more heavy thoughts. That makes mood drop further,
          which leads back to low mood and low energy.
        </desc>
        <defs>
          <marker
            id="loop-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="loop-arrowhead" />
          </marker>
        </defs>
        <path className="loop-edge" d="M225,50 Q290,70 300,112" markerEnd="url(#loop-arrow)" />
        <path className="loop-edge" d="M300,168 Q290,220 240,238" markerEnd="url(#loop-arrow)" />
        <path className="loop-edge" d="M100,238 Q50,220 40,168" markerEnd="url(#loop-arrow)" />
        <path className="loop-edge" d="M40,112 Q50,70 115,50" markerEnd="url(#loop-arrow)" />
        {nodes.map((node) => (
          <text
            key={node.lines[0]}
            className="loop-label"
            x={node.x}
            y={node.y}
            textAnchor="middle"
          >
            {node.lines.map((line, i) => (
              <tspan key={line} x={node.x} dy={i === 0 ? 0 : 18}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </svg>
      <figcaption>
        Low mood and low energy make you pull away. Pulling away means fewer good moments and more
        time with heavy thoughts. That lowers mood further, and the loop goes round again.
      </figcaption>
    </figure>
  );
}

// Drawn about a phone wide, so its words stay readable there.
const W = 400;
const H = 244;
const LEFT = 52;
const RIGHT = 12;
const TOP = 14;
const BOTTOM = 200;

function path(series: readonly CycleDay[], pick: (day: CycleDay) => number): string {
  const x = (day: number) => LEFT + (day / DAYS) * (W - LEFT - RIGHT);
  const y = (value: number) => BOTTOM - (value / 10) * (BOTTOM - TOP);
  return series
    .map((day, i) => `${i === 0 ? "M" : "L"}${x(day.day).toFixed(1)},${y(pick(day)).toFixed(1)}`)
    .join(" ");
}

/** Lines that show the shape of the weeks; in words, never in numbers a reader could hold to. */
function Chart({
  series,
  baseline,
  label,
}: {
  series: CycleDay[];
  baseline: CycleDay[];
  label: string;
}) {
  const y = (value: number) => BOTTOM - (value / 10) * (BOTTOM - TOP);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} className="chart-svg loop-chart" role="img" aria-label={label}>
        {[0, 10].map((value) => (
          <g key={value}>
            <line className="chart-grid" x1={LEFT} x2={W - RIGHT} y1={y(value)} y2={y(value)} />
            <text className="loop-chart-label" x={LEFT - 8} y={y(value) + 6} textAnchor="end">
              {value === 0 ? "Low" : "High"}
            </text>
          </g>
        ))}
        {WEEK_NUMBERS.map((week) => {
          const x = LEFT + ((week * 7) / DAYS) * (W - LEFT - RIGHT);
          return (
            <text
              key={`week-${week}`}
              className="loop-chart-label"
              x={x}
              y={H - 10}
              textAnchor={week === 0 ? "start" : week === WEEKS ? "end" : "middle"}
            >
              {week === 0 ? "Start" : `Week ${week}`}
            </text>
          );
        })}
        <path className="cycle-line cycle-baseline" d={path(baseline, (d) => d.mood)} />
        <path className="cycle-line cycle-rumination" d={path(series, (d) => d.rumination)} />
        <path className="cycle-line cycle-connection" d={path(series, (d) => d.connection)} />
        <path className="cycle-line cycle-mood" d={path(series, (d) => d.mood)} />
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span className="legend-line cycle-mood" aria-hidden="true" /> Mood (solid)
          </li>
          <li>
            <span className="legend-line cycle-connection" aria-hidden="true" /> Connection (long
            dashes)
          </li>
          <li>
            <span className="legend-line cycle-rumination" aria-hidden="true" /> Heavy thoughts
            (dots)
          </li>
          <li>
            <span className="legend-line cycle-baseline" aria-hidden="true" /> Mood with none of the
            steps (thin grey)
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/**
 * The explorable loop: five sliders for the ways out, and a few made-up weeks from a middling
 * start, which stays level until a step is added. Said in words, with no forecast and no number.
 */
export function CycleExplorer() {
  const [steps, setSteps] = useState<Steps>(NONE);
  const series = simulate(NEUTRAL_START, leversOf(steps), DAYS);
  const baseline = simulate(NEUTRAL_START, NO_HELP, DAYS);
  const weekly = series.filter((day) => day.day % 7 === 0);
  const first = series[0];
  const last = series[series.length - 1];
  const anyHelp = Object.values(steps).some((n) => n > 0);
  const summary = first && last ? loopSummary(first, last, anyHelp) : "";

  return (
    <div className="cycle-explorer">
      <LoopDiagram />

      <h2>Try the ways out</h2>
      <p>
        Each slider is one way out of the loop. The picture starts from an ordinary, middling week.
        Move a slider and watch how the next {WEEKS} weeks change.
      </p>
      <div className="stack">
        {LEVERS.map((lever) => {
          const value = steps[lever.id];
          const words = AMOUNTS[value] ?? AMOUNTS[0];
          const id = `lever-${lever.id}`;
          return (
            <div key={lever.id} className="field lever">
              <label htmlFor={id}>{lever.label}</label>
              <p className="hint" id={`${id}-hint`}>
                {lever.description}
              </p>
              <div className="lever-row">
                <input
                  id={id}
                  type="range"
                  min={0}
                  max={AMOUNTS.length - 1}
                  step={1}
                  value={value}
                  aria-valuetext={words}
                  aria-describedby={`${id}-hint`}
                  onChange={(event) =>
                    setSteps((s) => ({ ...s, [lever.id]: Number(event.target.value) }))
                  }
                />
                <output htmlFor={id} className="lever-value">
                  {words}
                </output>
              </div>
            </div>
          );
        })}
      </div>

      <h2>The next {WEEKS} weeks, simulated</h2>
      <p aria-live="polite" className="cycle-summary">
        {summary}
      </p>
      <Chart
        series={series}
        baseline={baseline}
        label={`The next ${WEEKS} made-up weeks as lines. ${summary}`}
      />

      <details className="more">
        <summary>Show the weeks as a table</summary>
        {/* Four columns in a box with a border: wider than a 320 px phone, so it scrolls on its
            own rather than taking the page sideways. */}
        <TableScroll label="Each made-up week, compared with the start">
          <table>
            <caption>Each made-up week, compared with the start</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Mood</th>
                <th scope="col">Connection</th>
                <th scope="col">Heavy thoughts</th>
              </tr>
            </thead>
            <tbody>
              {weekly.map((day) => (
                <tr key={day.day}>
                  <th scope="row">{day.day === 0 ? "Start" : `Week ${day.day / 7}`}</th>
                  <td>{first ? changeWords(first.mood, day.mood) : null}</td>
                  <td>{first ? changeWords(first.connection, day.connection) : null}</td>
                  <td>{first ? changeWords(first.rumination, day.rumination) : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </div>
  );
}

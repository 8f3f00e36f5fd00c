import type { InstrumentId } from "../../../core/assessments/assessment.schema.js";
import type { AssessmentRecord } from "../../../core/assessments/assessment-record.schema.js";
import { TableScroll } from "../../components/TableScroll.js";
import { bandLabel, instruments, maxScore, minScore, shortName, takenOn } from "./meaning.js";

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 40;
const RIGHT = 190;
const TOP = 12;
const BOTTOM = 224;

function flagged(record: AssessmentRecord): boolean {
  return record.instrument === "phq9" && record.flags.selfHarm === true;
}

function summary(instrument: InstrumentId, records: readonly AssessmentRecord[]): string {
  const first = records[0];
  const last = records.at(-1);
  if (!first || !last) return "";
  const flags = records.filter(flagged).length;
  const range =
    records.length === 1
      ? `One ${shortName[instrument]} so far: ${last.score}, ${bandLabel(last.band).toLowerCase()}.`
      : `${records.length} ${shortName[instrument]} scores from ${takenOn(first.takenAt)} to ${takenOn(last.takenAt)}, from ${first.score} to ${last.score}; the latest is ${bandLabel(last.band).toLowerCase()}.`;
  return flags > 0
    ? `${range} ${flags} of them had thoughts of self-harm marked. Every number is in the table below.`
    : `${range} Every number is in the table below.`;
}

/**
 * Scores over time drawn against the instrument's bands, and the same numbers as a table. A
 * questionnaire where item 9 was above 0 gets its own marker and a column, always shown.
 * `level` is its heading's level where it sits: 3 inside Insights' "Check-up scores over time",
 * so a screen reader's list of headings shows it under that section, not beside it.
 */
export function ScoreHistory({
  instrument,
  records,
  level = 2,
}: {
  instrument: InstrumentId;
  records: readonly AssessmentRecord[];
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  const low = minScore(instrument);
  const high = maxScore(instrument);
  const y = (score: number) => BOTTOM - ((score - low) / (high - low)) * (BOTTOM - TOP);
  const span = WIDTH - LEFT - RIGHT;
  const x = (index: number) =>
    records.length === 1 ? LEFT + span / 2 : LEFT + (index / (records.length - 1)) * span;
  const points = records.map((record, index) => ({ record, x: x(index), y: y(record.score) }));
  const path = points
    .map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`)
    .join(" ");
  const hasFlags = records.some(flagged);
  // A check-up with self-harm marked is drawn as a diamond, so the dot's key is there only when a dot is.
  const hasDots = records.some((record) => !flagged(record));
  const newestFirst = [...records].reverse();

  return (
    <section className="score-history" aria-labelledby={`history-${instrument}`}>
      <Heading id={`history-${instrument}`}>Your {shortName[instrument]} scores</Heading>
      <figure className="chart">
        <svg
          role="img"
          aria-label={summary(instrument, records)}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="chart-svg"
        >
          {instruments[instrument].bands.map((band, index) => {
            // Each band covers its whole scores, half a point either side of its ends.
            const top = y(Math.min(band.max + 0.5, high));
            const bottom = y(Math.max(band.min - 0.5, low));
            return (
              <g key={band.band}>
                <rect
                  className={index % 2 === 0 ? "score-band" : "score-band score-band-alt"}
                  x={LEFT}
                  y={top}
                  width={WIDTH - LEFT - 8}
                  height={bottom - top}
                />
                <text
                  className="chart-label"
                  x={WIDTH - 12}
                  y={(top + bottom) / 2 + 6}
                  textAnchor="end"
                >
                  {bandLabel(band.band)}
                </text>
              </g>
            );
          })}
          {[low, high].map((value) => (
            <text
              key={value}
              className="chart-label"
              x={LEFT - 8}
              y={y(value) + 6}
              textAnchor="end"
            >
              {value}
            </text>
          ))}
          {records.length > 1 ? <path className="chart-line chart-mood" d={path} /> : null}
          {points.map((p) =>
            flagged(p.record) ? (
              <path
                key={p.record.id}
                className="score-marker-flag"
                d={`M${p.x} ${p.y - 9} L${p.x + 9} ${p.y} L${p.x} ${p.y + 9} L${p.x - 9} ${p.y} Z`}
              />
            ) : (
              <circle key={p.record.id} className="chart-marker-mood" cx={p.x} cy={p.y} r={6} />
            ),
          )}
          {records[0] ? (
            <text className="chart-label" x={LEFT} y={HEIGHT - 8}>
              {takenOn(records[0].takenAt)}
            </text>
          ) : null}
          {records.length > 1 && records.at(-1) ? (
            <text className="chart-label" x={LEFT + span} y={HEIGHT - 8} textAnchor="end">
              {takenOn(records.at(-1)?.takenAt ?? "")}
            </text>
          ) : null}
        </svg>
        <figcaption>
          <ul className="chart-legend">
            {hasDots ? (
              <li>
                <svg className="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
                  <circle className="chart-marker-mood" cx={20} cy={8} r={5} />
                </svg>
                Each dot is one check-up
              </li>
            ) : null}
            {hasFlags ? (
              <li>
                <svg className="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
                  <path className="score-marker-flag" d="M20 1 L27 8 L20 15 L13 8 Z" />
                </svg>
                Each diamond is a check-up with thoughts of self-harm marked
              </li>
            ) : null}
          </ul>
        </figcaption>
      </figure>
      <TableScroll label={`Your ${shortName[instrument]} scores, newest first`}>
        <table>
          <caption>Your {shortName[instrument]} scores, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
              <th scope="col">Band</th>
              {instrument === "phq9" ? <th scope="col">Thoughts of self-harm</th> : null}
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((record) => (
              <tr key={record.id}>
                <th scope="row">{takenOn(record.takenAt)}</th>
                <td>
                  {record.score} of {high}
                </td>
                <td>{bandLabel(record.band)}</td>
                {instrument === "phq9" ? <td>{flagged(record) ? "Yes" : "No"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

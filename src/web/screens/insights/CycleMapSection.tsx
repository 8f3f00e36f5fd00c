import { useEffect, useId, useRef } from "react";
import type { CycleEdge, CycleMap, CycleNode } from "../../../core/insights/insights.schema.js";
import { cycleNodes } from "../../../core/insights/insights.schema.js";
import { Link } from "../../components/Link.js";
import { TableScroll } from "../../components/TableScroll.js";
import {
  ARROW_NAME,
  arrowShape,
  cycleSummary,
  cycleTakeaway,
  DIAGRAM,
  daysUntilMap,
  EFFECT_UNIT,
  NODE_CENTRE,
  NODE_LABEL,
  plainReading,
  readingText,
  signed,
  waitingLabel,
} from "./cycle-words.js";
import { CYCLE_LESSON } from "./WithdrawalSection.js";

/** The map's heading, and the address the loop lesson links to: `/insights#cycle-heading`. */
export const MAP_ANCHOR = "cycle-heading";

/** Line height of a two-line box label, in the diagram's units. */
const LINE = 20;

/**
 * The personal cycle map: one everyday sentence first, then a diagram (line weight = size of
 * effect, dashed = not clear yet, arrowheads for direction) and each arrow in plain words. The
 * numbers and ranges wait in a "details" fold, in sentences and in a table, so nothing rests on
 * the picture or on colour, and nobody has to read statistics to get the point.
 */
export function CycleMapSection({
  cycle,
  hasActivities,
}: {
  cycle: CycleMap;
  hasActivities: boolean;
}) {
  const daysLeft = daysUntilMap(cycle, hasActivities);
  const heading = useRef<HTMLHeadingElement>(null);
  // "See your own map" in the loop lesson links here; the map arrives after the screen opens.
  useEffect(() => {
    if (window.location.hash === `#${MAP_ANCHOR}`) heading.current?.scrollIntoView();
  }, []);
  return (
    <section className="insights-section" aria-labelledby={MAP_ANCHOR}>
      <h2 id={MAP_ANCHOR} ref={heading}>
        Your cycle map
      </h2>
      {daysLeft !== null ? (
        <>
          <p>{cycle.note}</p>
          <p className="insights-waiting">
            The map appears after {cycle.minPairs} pairs of back-to-back days with check-ins. That
            is about {daysLeft} more {daysLeft === 1 ? "day" : "days"} of checking in, one day after
            another. Missed days are fine: they just don't count toward a pair.
          </p>
        </>
      ) : (
        <>
          <p className="insights-takeaway">{cycleTakeaway(cycle)}</p>
          <CycleDiagram cycle={cycle} />
          <h3 id="cycle-words-heading">Each arrow in words</h3>
          <ul className="insights-sentences" aria-labelledby="cycle-words-heading">
            {cycle.edges.map((edge) => (
              <li key={edge.id}>
                <ArrowName edge={edge} />: {plainReading(edge, hasActivities)}
              </li>
            ))}
          </ul>
          <details className="more cycle-details">
            <summary>Details: the numbers behind the map</summary>
            <p>{cycle.note}</p>
            <ul className="insights-sentences">
              {cycle.edges.map((edge) => (
                <li key={edge.id}>
                  <ArrowName edge={edge} />: {edge.sentence}
                </li>
              ))}
            </ul>
            <p className="hint">
              Numbers in the table: how much the end of the arrow tended to go up (+) or down (-)
              for one step more at its start.
            </p>
            <CycleTable cycle={cycle} hasActivities={hasActivities} />
          </details>
        </>
      )}
      <p>
        <Link href={CYCLE_LESSON.href}>Read about the loop: {CYCLE_LESSON.title}</Link>
      </p>
    </section>
  );
}

function ArrowName({ edge }: { edge: CycleEdge }) {
  return (
    <strong>
      {ARROW_NAME[edge.id].from}
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden">, then </span>
      {ARROW_NAME[edge.id].to}
    </strong>
  );
}

function CycleDiagram({ cycle }: { cycle: CycleMap }) {
  const prefix = useId().replace(/:/g, "");
  const { width, height, nodeWidth, nodeHeight } = DIAGRAM;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`Diagram of your cycle. ${cycleSummary(cycle)} The same is in words below.`}
        viewBox={`0 0 ${width} ${height}`}
        className="chart-svg insights-diagram"
      >
        {cycleNodes.map((node: CycleNode) => {
          const { x, y } = NODE_CENTRE[node];
          return (
            <g key={node}>
              <rect
                className="insights-node"
                x={x - nodeWidth / 2}
                y={y - nodeHeight / 2}
                width={nodeWidth}
                height={nodeHeight}
                rx={10}
              />
              <text className="insights-node-label" x={x} y={y} textAnchor="middle">
                {NODE_LABEL[node].map((line, i, lines) => (
                  <tspan
                    key={line}
                    x={x}
                    // Lines centred on the box: the first sits half the others' height above.
                    dy={i === 0 ? 6 - ((lines.length - 1) * LINE) / 2 : LINE}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {cycle.edges.map((edge) => {
          const shape = arrowShape(edge);
          if (!shape) {
            const at = waitingLabel(edge.id);
            return (
              <text
                key={edge.id}
                className="insights-diagram-label"
                x={at.x}
                y={at.y}
                textAnchor={at.anchor}
              >
                {edge.status === "no-variation" ? "no change" : "not yet"}
              </text>
            );
          }
          const marker = `${prefix}-${edge.id}`;
          const { length, breadth } = shape.head;
          return (
            <g key={edge.id}>
              <defs>
                <marker
                  id={marker}
                  markerUnits="userSpaceOnUse"
                  markerWidth={length}
                  markerHeight={breadth}
                  refX={0}
                  refY={breadth / 2}
                  orient="auto"
                >
                  <path
                    className="insights-arrowhead"
                    d={`M0 0 L${length} ${breadth / 2} L0 ${breadth} Z`}
                  />
                </marker>
              </defs>
              <path
                className="insights-arrow"
                d={shape.path}
                strokeWidth={shape.width}
                strokeDasharray={
                  shape.dashed ? `${2 * shape.width + 6} ${shape.width + 6}` : undefined
                }
                markerEnd={`url(#${marker})`}
              />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <svg className="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
              <line className="insights-arrow" x1={2} x2={38} y1={8} y2={8} strokeWidth={3} />
            </svg>
            Solid: a clear pattern
          </li>
          <li>
            <svg className="legend-swatch" viewBox="0 0 40 16" aria-hidden="true">
              <line
                className="insights-arrow"
                x1={2}
                x2={38}
                y1={8}
                y2={8}
                strokeWidth={3}
                strokeDasharray="8 6"
              />
            </svg>
            Dashed: no clear pattern yet
          </li>
          <li>Thicker line: a bigger difference</li>
        </ul>
      </figcaption>
    </figure>
  );
}

/**
 * Three columns that wrap, so the table fits a 390 px phone without sideways scrolling; the
 * reading in words sits under each change rather than in a column of its own. With the text at
 * 200% on a 320 px phone it is still wider, and scrolls in its own box, not the page.
 */
function CycleTable({ cycle, hasActivities }: { cycle: CycleMap; hasActivities: boolean }) {
  const percent = Math.round(cycle.level * 100);
  return (
    <TableScroll label="Your cycle map in numbers">
      <table className="cycle-table">
        <caption>Your cycle map in numbers</caption>
        <thead>
          <tr>
            <th scope="col">Arrow</th>
            <th scope="col">Tended to change by (likely range, {percent}%)</th>
            <th scope="col">Day pairs</th>
          </tr>
        </thead>
        <tbody>
          {cycle.edges.map((edge) => (
            <tr key={edge.id}>
              <th scope="row">
                <ArrowName edge={edge} />
              </th>
              <td>
                {edge.status === "ok"
                  ? `${signed(edge.effect)} ${EFFECT_UNIT[edge.id]} (${signed(edge.interval[0])} to ${signed(edge.interval[1])}). `
                  : null}
                {readingText(edge, hasActivities)}.
              </td>
              <td>{edge.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

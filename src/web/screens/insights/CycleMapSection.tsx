import { useId } from "react";
import type { CycleMap, CycleNode } from "../../../core/insights/insights.schema.js";
import { cycleNodes } from "../../../core/insights/insights.schema.js";
import {
  ARROW_NAME,
  arrowShape,
  cycleSummary,
  DIAGRAM,
  daysUntilMap,
  EFFECT_UNIT,
  NODE_CENTRE,
  NODE_LABEL,
  readingText,
  signed,
  waitingLabel,
} from "./cycle-words.js";

/**
 * The personal cycle map: a diagram (line weight = size of effect, dashed = the range includes
 * zero, arrowheads for direction), then the same in sentences and in a table, so nothing rests
 * on the picture or on colour.
 */
export function CycleMapSection({
  cycle,
  hasActivities,
}: {
  cycle: CycleMap;
  hasActivities: boolean;
}) {
  const daysLeft = daysUntilMap(cycle, hasActivities);
  return (
    <section className="insights-section" aria-labelledby="cycle-heading">
      <h2 id="cycle-heading">Your cycle map</h2>
      <p>{cycle.note}</p>
      {daysLeft !== null ? (
        <p className="insights-waiting">
          The map appears after {cycle.minPairs} pairs of back-to-back days with check-ins. That is
          about {daysLeft} more {daysLeft === 1 ? "day" : "days"} of checking in, one day after
          another. Missed days are fine: they just don't count toward a pair.
        </p>
      ) : (
        <>
          <p>{cycleSummary(cycle)}</p>
          <CycleDiagram cycle={cycle} />
          <h3 id="cycle-words-heading">Each arrow in words</h3>
          <ul className="insights-sentences" aria-labelledby="cycle-words-heading">
            {cycle.edges.map((edge) => (
              <li key={edge.id}>
                <strong>
                  {ARROW_NAME[edge.id].from}
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden">, then </span>
                  {ARROW_NAME[edge.id].to}:
                </strong>{" "}
                {edge.sentence}
              </li>
            ))}
          </ul>
          <CycleTable cycle={cycle} hasActivities={hasActivities} />
        </>
      )}
    </section>
  );
}

function CycleDiagram({ cycle }: { cycle: CycleMap }) {
  const prefix = useId().replace(/:/g, "");
  const { width, height, nodeWidth, nodeHeight } = DIAGRAM;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`Diagram of your cycle. ${cycleSummary(cycle)} The same is in words and in a table below.`}
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
              <text className="insights-node-label" x={x} y={y + 6} textAnchor="middle">
                {NODE_LABEL[node]}
              </text>
            </g>
          );
        })}
        {cycle.edges.map((edge) => {
          const shape = arrowShape(edge);
          if (!shape) {
            const at = waitingLabel(edge.id);
            return (
              <text key={edge.id} className="chart-label" x={at.x} y={at.y} textAnchor={at.anchor}>
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
              <text
                className="insights-arrow-label"
                x={shape.label.x}
                y={shape.label.y}
                textAnchor={shape.label.anchor}
              >
                {shape.label.text}
              </text>
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
            Dashed: no clear pattern yet (the range includes zero)
          </li>
          <li>Thicker line: a bigger difference</li>
          <li>
            Numbers: how much the end of the arrow tended to go up (+) or down (-) for one step more
            at its start
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

function CycleTable({ cycle, hasActivities }: { cycle: CycleMap; hasActivities: boolean }) {
  const percent = Math.round(cycle.level * 100);
  return (
    <div className="table-scroll">
      <table>
        <caption>Your cycle map in numbers</caption>
        <thead>
          <tr>
            <th scope="col">Arrow</th>
            <th scope="col">Tended to change by</th>
            <th scope="col">Likely range ({percent}%)</th>
            <th scope="col">Day pairs</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {cycle.edges.map((edge) => (
            <tr key={edge.id}>
              <th scope="row">
                {ARROW_NAME[edge.id].from}
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">, then </span>
                {ARROW_NAME[edge.id].to}
              </th>
              <td>
                {edge.status === "ok"
                  ? `${signed(edge.effect)} ${EFFECT_UNIT[edge.id]}`
                  : "Not shown yet"}
              </td>
              <td>
                {edge.status === "ok"
                  ? `${signed(edge.interval[0])} to ${signed(edge.interval[1])}`
                  : "Not shown yet"}
              </td>
              <td>{edge.n}</td>
              <td>{readingText(edge, hasActivities)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

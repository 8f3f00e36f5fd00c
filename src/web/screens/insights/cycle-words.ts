import type {
  CycleEdge,
  CycleEdgeId,
  CycleMap,
  CycleNode,
} from "../../../core/insights/insights.schema.js";
import { oneDecimal } from "../../../core/insights/wording.js";

/** Words and shapes for the cycle map, kept pure so they are tested without a browser. */

export const NODE_LABEL: Record<CycleNode, string> = {
  connections: "Connections",
  mood: "Mood",
  rumination: "Repeating thoughts",
  sleep: "Sleep",
  activities: "Activities done",
};

/** Each arrow as a person would say it: when each side is read. */
export const ARROW_NAME: Record<CycleEdgeId, { from: string; to: string }> = {
  "connections-mood": { from: "Connections today", to: "mood tomorrow" },
  "mood-connections": { from: "Mood today", to: "connections tomorrow" },
  "rumination-connections": { from: "Repeating thoughts today", to: "connections tomorrow" },
  "sleep-mood": { from: "Sleep last night", to: "mood today" },
  "activities-mood": { from: "Activities done today", to: "mood tomorrow" },
};

/** What one step of the estimate means, in the target's units per unit of the predictor. */
export const EFFECT_UNIT: Record<CycleEdgeId, string> = {
  "connections-mood": "mood points for each extra person",
  "mood-connections": "people for each extra mood point",
  "rumination-connections": "people for each extra point of repeating thoughts",
  "sleep-mood": "mood points for each extra hour of sleep",
  "activities-mood": "mood points for each extra activity",
};

/** "+0.8", "-0.25", "0": the sign written out, so direction never rests on colour or words alone. */
export function signed(value: number): string {
  const size = oneDecimal(value);
  if (size === "0") return "0";
  return `${value > 0 ? "+" : "-"}${size}`;
}

export type Reading = "clear" | "unclear" | "waiting" | "no-variation";

export function readingOf(edge: CycleEdge): Reading {
  if (edge.status === "not-enough-data") return "waiting";
  if (edge.status === "no-variation") return "no-variation";
  return edge.includesZero ? "unclear" : "clear";
}

export const READING_WORDS: Record<Reading, string> = {
  clear: "A clear pattern",
  unclear: "No clear pattern yet",
  waiting: "Not enough days yet",
  "no-variation": "Nothing to compare yet",
};

/** The table's last column: what the arrow shows, or what it is waiting for. */
export function readingText(edge: CycleEdge, hasActivities: boolean): string {
  if (edge.status !== "not-enough-data") return READING_WORDS[readingOf(edge)];
  if (edge.id === "activities-mood" && !hasActivities) {
    return "Waiting for activities marked done in your Plan";
  }
  return `${READING_WORDS.waiting} (${edge.needed} more needed)`;
}

/**
 * The fewest more back-to-back check-in days before the first arrow can show, or null once one
 * shows. Each new day with a check-in after yesterday's adds one pair. The activities arrow waits
 * for the Plan, not for days, so it counts only once activities are being marked done.
 */
export function daysUntilMap(cycle: CycleMap, hasActivities: boolean): number | null {
  if (cycle.edges.some((edge) => edge.status !== "not-enough-data")) return null;
  const needed = cycle.edges
    .filter((edge) => hasActivities || edge.id !== "activities-mood")
    .map((edge) => (edge.status === "not-enough-data" ? edge.needed : 0));
  return needed.length > 0 ? Math.min(...needed) : cycle.minPairs;
}

/** One line that sums up the map, for the diagram's label and the screen. */
export function cycleSummary(cycle: CycleMap): string {
  const readings = cycle.edges.map(readingOf);
  const count = (reading: Reading) => readings.filter((r) => r === reading).length;
  const shown = count("clear") + count("unclear");
  const pairs = Math.max(0, ...cycle.edges.map((edge) => edge.n));
  const clear = count("clear");
  return (
    `${shown} of ${cycle.edges.length} arrows can be shown, from up to ${pairs} pairs of back-to-back days: ` +
    `${clear} ${clear === 1 ? "shows" : "show"} a clear pattern and ${count("unclear")} ${count("unclear") === 1 ? "does" : "do"} not yet.`
  );
}

// ——— The diagram's shapes ———

export const DIAGRAM = { width: 640, height: 420, nodeWidth: 210, nodeHeight: 52 } as const;

export const NODE_CENTRE: Record<CycleNode, { x: number; y: number }> = {
  connections: { x: 130, y: 210 },
  mood: { x: 510, y: 210 },
  activities: { x: 510, y: 50 },
  sleep: { x: 510, y: 370 },
  rumination: { x: 130, y: 370 },
};

interface Point {
  x: number;
  y: number;
}

/** Where each arrow starts and ends (on the boxes' edges), its bend and its number's place. */
const ROUTE: Record<
  CycleEdgeId,
  { start: Point; end: Point; bend?: Point; label: Point; anchor: "start" | "middle" }
> = {
  // The cycle itself: two arcs between connections and mood, one above and one below.
  "connections-mood": {
    start: { x: 200, y: 184 },
    end: { x: 440, y: 184 },
    bend: { x: 320, y: 70 },
    label: { x: 320, y: 116 },
    anchor: "middle",
  },
  "mood-connections": {
    start: { x: 440, y: 236 },
    end: { x: 200, y: 236 },
    bend: { x: 320, y: 350 },
    label: { x: 320, y: 318 },
    anchor: "middle",
  },
  "rumination-connections": {
    start: { x: 80, y: 344 },
    end: { x: 80, y: 236 },
    label: { x: 96, y: 296 },
    anchor: "start",
  },
  "sleep-mood": {
    start: { x: 560, y: 344 },
    end: { x: 560, y: 236 },
    label: { x: 576, y: 296 },
    anchor: "start",
  },
  "activities-mood": {
    start: { x: 560, y: 76 },
    end: { x: 560, y: 184 },
    label: { x: 576, y: 136 },
    anchor: "start",
  },
};

/** Effects in standard deviations from 0 to this get thicker lines; beyond it, the thickest. */
const FULL_WEIGHT_AT = 0.6;

export interface ArrowShape {
  /** The SVG path, ending where the arrowhead starts. */
  path: string;
  /** Line weight from 2 to 12: the size of the effect, on one scale for every arrow. */
  width: number;
  dashed: boolean;
  head: { length: number; breadth: number };
  label: Point & { anchor: "start" | "middle"; text: string };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The drawn arrow of an estimated edge; null for one with nothing to draw yet. */
export function arrowShape(edge: CycleEdge): ArrowShape | null {
  if (edge.status !== "ok") return null;
  const route = ROUTE[edge.id];
  const weight = Math.min(1, Math.abs(edge.standardizedEffect) / FULL_WEIGHT_AT);
  const width = round(2 + 10 * weight);
  const head = { length: round(10 + 1.2 * width), breadth: round(10 + 1.6 * width) };
  // Stop the line where the head begins, so a thick line never shows past the head's point.
  const from = route.bend ?? route.start;
  const dx = route.end.x - from.x;
  const dy = route.end.y - from.y;
  const size = Math.hypot(dx, dy) || 1;
  const stop = {
    x: round(route.end.x - (dx / size) * head.length),
    y: round(route.end.y - (dy / size) * head.length),
  };
  const start = `M${route.start.x} ${route.start.y}`;
  const path = route.bend
    ? `${start} Q${route.bend.x} ${route.bend.y} ${stop.x} ${stop.y}`
    : `${start} L${stop.x} ${stop.y}`;
  return {
    path,
    width,
    dashed: edge.includesZero,
    head,
    label: { ...route.label, anchor: route.anchor, text: signed(edge.effect) },
  };
}

/** Where a waiting arrow's "not yet" goes, so the diagram still reads as a cycle. */
export function waitingLabel(id: CycleEdgeId): Point & { anchor: "start" | "middle" } {
  const route = ROUTE[id];
  return { ...route.label, anchor: route.anchor };
}

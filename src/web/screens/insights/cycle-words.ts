import type {
  CycleEdge,
  CycleEdgeId,
  CycleMap,
  CycleNode,
} from "../../../core/insights/insights.schema.js";
import { oneDecimal } from "../../../core/insights/wording.js";

/** Words and shapes for the cycle map, kept pure so they are tested without a browser. */

/** Each box's words, one line each, short enough to stay at least 14 px on a phone. */
export const NODE_LABEL: Record<CycleNode, readonly string[]> = {
  connections: ["Connections"],
  mood: ["Mood"],
  rumination: ["Repeating", "thoughts"],
  sleep: ["Sleep"],
  activities: ["Activities", "done"],
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

// ——— In everyday words ———

/** What a clear arrow says, as a person would say it, by the direction it points. */
const EVERYDAY: Record<CycleEdgeId, { up: string; down: string }> = {
  "connections-mood": {
    up: "After days when you are in touch with more people, your mood tends to be better the next day.",
    down: "After days with more people in them, your mood has tended to be a little lower the next day.",
  },
  "mood-connections": {
    up: "After a day with better mood, you tend to be in touch with more people the next day.",
    down: "After a day with better mood, you have tended to be in touch with fewer people the next day.",
  },
  "rumination-connections": {
    up: "After days with more repeating thoughts, you have tended to reach out to more people the next day.",
    down: "After days stuck in repeating thoughts, you tend to be in touch with fewer people the next day.",
  },
  "sleep-mood": {
    up: "After nights with more sleep, your mood tends to be better.",
    down: "After longer nights, your mood has tended to be a little lower.",
  },
  "activities-mood": {
    up: "After days when you do more of your planned activities, your mood tends to be better the next day.",
    down: "After days with more planned activities, your mood has tended to be a little lower the next day.",
  },
};

/** One arrow in plain words, with no numbers: the numbers wait in the details fold. */
export function plainReading(edge: CycleEdge, hasActivities: boolean): string {
  const reading = readingOf(edge);
  if (reading === "clear" && edge.status === "ok") {
    return EVERYDAY[edge.id][edge.effect >= 0 ? "up" : "down"];
  }
  if (reading === "unclear") return "No clear pattern yet.";
  if (reading === "no-variation")
    return "Nothing to compare yet: it stayed about the same each day.";
  return `${readingText(edge, hasActivities)}.`;
}

/**
 * The map in one everyday sentence, to open the section: the clearest pattern found, or that
 * none stands out yet. Only arrows the table marks "A clear pattern" are ever named.
 */
export function cycleTakeaway(cycle: CycleMap): string {
  const clear = cycle.edges
    .filter((edge): edge is Extract<CycleEdge, { status: "ok" }> => readingOf(edge) === "clear")
    .sort((a, b) => Math.abs(b.standardizedEffect) - Math.abs(a.standardizedEffect));
  const [strongest] = clear;
  if (!strongest) {
    return "So far no part of your days clearly moves another. That is common early on, and the map gets sharper as you keep checking in.";
  }
  return EVERYDAY[strongest.id][strongest.effect >= 0 ? "up" : "down"];
}

// ——— The diagram's shapes ———

// Drawn 400 wide, about the width of a phone, so its 17-unit words show at 14 px or more there.
export const DIAGRAM = { width: 400, height: 440, nodeWidth: 150, nodeHeight: 56 } as const;

export const NODE_CENTRE: Record<CycleNode, { x: number; y: number }> = {
  connections: { x: 85, y: 220 },
  mood: { x: 315, y: 220 },
  activities: { x: 315, y: 40 },
  sleep: { x: 315, y: 400 },
  rumination: { x: 85, y: 400 },
};

type Anchor = "start" | "middle" | "end";

interface Point {
  x: number;
  y: number;
}

/** Where each arrow starts and ends (on the boxes' edges), its bend and its words' place. */
const ROUTE: Record<
  CycleEdgeId,
  { start: Point; end: Point; bend?: Point; label: Point; anchor: Anchor }
> = {
  // The cycle itself: two arcs between connections and mood, one above and one below.
  "connections-mood": {
    start: { x: 130, y: 192 },
    end: { x: 270, y: 192 },
    bend: { x: 200, y: 110 },
    label: { x: 200, y: 140 },
    anchor: "middle",
  },
  "mood-connections": {
    start: { x: 270, y: 248 },
    end: { x: 130, y: 248 },
    bend: { x: 200, y: 330 },
    label: { x: 200, y: 318 },
    anchor: "middle",
  },
  "rumination-connections": {
    start: { x: 50, y: 372 },
    end: { x: 50, y: 248 },
    label: { x: 60, y: 316 },
    anchor: "start",
  },
  "sleep-mood": {
    start: { x: 350, y: 372 },
    end: { x: 350, y: 248 },
    label: { x: 340, y: 316 },
    anchor: "end",
  },
  "activities-mood": {
    start: { x: 350, y: 68 },
    end: { x: 350, y: 192 },
    label: { x: 340, y: 136 },
    anchor: "end",
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
  label: Point & { anchor: Anchor; text: string };
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
export function waitingLabel(id: CycleEdgeId): Point & { anchor: Anchor } {
  const route = ROUTE[id];
  return { ...route.label, anchor: route.anchor };
}

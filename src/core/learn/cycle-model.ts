/**
 * A small, explorable model of the withdrawal cycle:
 *
 *   low mood → pulling away → fewer good moments, more time alone with heavy thoughts → lower mood
 *
 * It exists to make one idea something a person can play with: the loop can tighten, and small,
 * steady ways out can loosen it. It illustrates that idea and predicts nothing about any one
 * person. The numbers are invented to show the shape of the loop, not fitted to anyone's data.
 *
 * ## The quantities
 *
 * Four quantities, each shown on a 0–10 scale and worked with inside as 0–1
 * (m = mood / 10, e = energy / 10, c = connection / 10, r = rumination / 10).
 *
 * Five levers, each 0 (not at all) to 1 (fully, every day):
 * `connect` (one small connection a day), `activity` (an activity that matters),
 * `sleep` (a steadier sleep and wake time), `thinking` (catching a thinking trap) and
 * `support` (professional support).
 *
 * ## One day to the next
 *
 * Each quantity moves part of the way towards a target set by the others the day before:
 *
 *   x(t+1) = x(t) + k · (target − x(t)),   with k = 0.25 (mood), 0.3 (energy),
 *                                              0.35 (connection), 0.3 (rumination)
 *
 * The targets, where s(z) = 1 / (1 + e^(−z)), clip(z) keeps z within 0–1, and band(z) keeps z
 * within 0.05–0.9 (no simulated day is perfect, and none is without any hope of change):
 *
 *   reach      = s(12 · ((m + e) / 2 − 0.45))    the pull to reach out; it fades quickly once
 *                                                mood and energy fall: this is the withdrawal
 *   connection = band(0.05 + 0.85 · reach + 0.35 · connect)
 *   good       = clip(0.55 · c + 0.15 · e + 0.25 · activity)          good moments in the day
 *   rumination = band(0.05 + 0.6 · (1 − m) + 0.4 · (1 − c)
 *                     − 0.3 · thinking − 0.15 · support − 0.1 · sleep)
 *   mood       = band(0.05 + 0.6 · good + 0.3 · (1 − r) + 0.1 · e + 0.1 · support)
 *   energy     = band(0.15 + 0.7 · m + 0.1 · (1 − r) + 0.2 · sleep + 0.05 · activity)
 *
 * Why it behaves: every target lies within 0–1 and every k lies between 0 and 1, so each day's
 * value is a weighted average of two numbers in range and can never leave it or grow without
 * bound. Every effect points one way (better mood lifts energy and connection and quiets
 * rumination; every lever pushes towards better), so turning a lever up never makes the
 * result worse. The fading pull to reach out gives the loop two resting places: from a good
 * start it stays up, from a low start it slides lower, which is the cycle the guide describes.
 */

/** One day's state, each quantity on a 0–10 scale. */
export interface CycleState {
  mood: number;
  energy: number;
  /** Time with people and how warm it felt. */
  connection: number;
  /** Time stuck going over the same heavy thoughts. */
  rumination: number;
}

/** How much of each way out is in the day, from 0 (not at all) to 1 (fully, every day). */
export interface CycleLevers {
  connect: number;
  activity: number;
  sleep: number;
  thinking: number;
  support: number;
}

export type LeverId = keyof CycleLevers;

export interface CycleDay extends CycleState {
  /** 0 is the starting day. */
  day: number;
  /** Good moments in the day, 0–10: what connection, energy and a meaningful activity bring. */
  goodMoments: number;
}

/** The words a slider shows; the order is the order the page lists them. */
export const LEVERS = [
  {
    id: "connect",
    label: "One small connection a day",
    description: "A text, a wave, a short call. Small counts.",
  },
  {
    id: "activity",
    label: "An activity that matters to you",
    description: "Something you used to enjoy, or something that feels worth doing.",
  },
  {
    id: "sleep",
    label: "A steadier sleep and wake time",
    description: "Going to bed and getting up at about the same time each day.",
  },
  {
    id: "thinking",
    label: "Catching a thinking trap",
    description: "Noticing a heavy thought and checking it against the facts.",
  },
  {
    id: "support",
    label: "Professional support",
    description: "Talking with a doctor, therapist or counselor.",
  },
] as const satisfies readonly { id: LeverId; label: string; description: string }[];

export const NO_HELP: Readonly<CycleLevers> = {
  connect: 0,
  activity: 0,
  sleep: 0,
  thinking: 0,
  support: 0,
};

/** A low start: the kind of week when the loop has begun to tighten. */
export const LOW_START: Readonly<CycleState> = {
  mood: 3,
  energy: 3.5,
  connection: 3,
  rumination: 6,
};

/**
 * A middling week, neither good nor low: where the explorer starts. Left alone it stays about
 * level, so the page opens on no forecast of decline, and any small step visibly lifts the loop.
 */
export const NEUTRAL_START: Readonly<CycleState> = {
  mood: 4.5,
  energy: 4.5,
  connection: 4.5,
  rumination: 5.5,
};

/** Longer runs add nothing to the picture and would only cost time. */
export const MAX_DAYS = 365;

const RATE = { mood: 0.25, energy: 0.3, connection: 0.35, rumination: 0.3 } as const;

/** Keeps a value within lo–hi; anything that is not a finite number counts as lo. */
function clamp(value: number, lo: number, hi: number): number {
  if (!Number.isFinite(value)) return lo;
  return Math.min(hi, Math.max(lo, value));
}

const clip = (value: number): number => clamp(value, 0, 1);
const band = (value: number): number => clamp(value, 0.05, 0.9);
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const toward = (x: number, target: number, k: number): number => x + k * (target - x);

interface Unit {
  m: number;
  e: number;
  c: number;
  r: number;
}

function goodMomentsOf(s: Unit, l: CycleLevers): number {
  return clip(0.55 * s.c + 0.15 * s.e + 0.25 * l.activity);
}

/** One day of the equations in the doc comment above, on the 0–1 scale. */
function step(s: Unit, l: CycleLevers): Unit {
  const reach = sigmoid(12 * ((s.m + s.e) / 2 - 0.45));
  const connection = band(0.05 + 0.85 * reach + 0.35 * l.connect);
  const good = goodMomentsOf(s, l);
  const rumination = band(
    0.05 + 0.6 * (1 - s.m) + 0.4 * (1 - s.c) - 0.3 * l.thinking - 0.15 * l.support - 0.1 * l.sleep,
  );
  const mood = band(0.05 + 0.6 * good + 0.3 * (1 - s.r) + 0.1 * s.e + 0.1 * l.support);
  const energy = band(0.15 + 0.7 * s.m + 0.1 * (1 - s.r) + 0.2 * l.sleep + 0.05 * l.activity);
  return {
    m: toward(s.m, mood, RATE.mood),
    e: toward(s.e, energy, RATE.energy),
    c: toward(s.c, connection, RATE.connection),
    r: toward(s.r, rumination, RATE.rumination),
  };
}

// Two decimals are plenty for a chart, and make the series easy to compare in tests.
const shown = (unit: number): number => Math.round(unit * 1000) / 100;

/**
 * Runs the model for `days` days and returns day 0 (the start) through day `days`.
 * Values outside 0–10 (start) or 0–1 (levers), and anything that is not a number, are pulled
 * into range first, so a slider can never break the page. The same inputs always give the
 * same series: there is no randomness.
 */
export function simulate(
  start: Readonly<CycleState>,
  levers: Readonly<Partial<CycleLevers>>,
  days: number,
): CycleDay[] {
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
    throw new RangeError(`days must be a whole number from 0 to ${MAX_DAYS}`);
  }
  const l: CycleLevers = {
    connect: clip(levers.connect ?? 0),
    activity: clip(levers.activity ?? 0),
    sleep: clip(levers.sleep ?? 0),
    thinking: clip(levers.thinking ?? 0),
    support: clip(levers.support ?? 0),
  };
  let s: Unit = {
    m: clamp(start.mood, 0, 10) / 10,
    e: clamp(start.energy, 0, 10) / 10,
    c: clamp(start.connection, 0, 10) / 10,
    r: clamp(start.rumination, 0, 10) / 10,
  };
  const series: CycleDay[] = [];
  for (let day = 0; day <= days; day += 1) {
    series.push({
      day,
      mood: shown(s.m),
      energy: shown(s.e),
      connection: shown(s.c),
      rumination: shown(s.r),
      goodMoments: shown(goodMomentsOf(s, l)),
    });
    s = step(s, l);
  }
  return series;
}

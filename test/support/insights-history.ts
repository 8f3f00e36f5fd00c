import type { CheckinInput } from "../../src/core/checkins/checkin.schema.js";
import { addDays, type LocalDate } from "../../src/core/dates/local-date.js";
import { mulberry32 } from "../../src/core/insights/random.js";

export interface SeededDay {
  date: LocalDate;
  checkin: CheckinInput;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * A person whose days follow a written-down cycle, with a hard last week, for the API and
 * browser tests. Each day after the first:
 *   mood(t)        = round(2 + 0.8·connections(t−1) + 0.3·mood(t−1) + 0.6·(sleep(t) − 6.5) + noise)
 *   connections(t) = round(1 + 0.5·mood(t−1) − 0.3·rumination(t−1) + noise)
 * and in the last 7 days both drop (mood by 1, connections by 1.5). With the fixed seed, 40 days
 * give 39 usable day pairs, all four check-in arrows clear of zero, and an `alert` withdrawal
 * signal (fewer connections together with lower mood). The numbers never depend on `today`.
 */
export function cycleHistory(today: LocalDate, days = 40, seed = 11): SeededDay[] {
  const random = mulberry32(seed);
  const noise = () => (random() - 0.5) * 1.5;
  const out: SeededDay[] = [];
  let mood = 6;
  let connections = 2;
  let rumination = 4;
  for (let i = 0; i < days; i += 1) {
    const hardWeek = i >= days - 7;
    const sleepHours = 5 + Math.round(random() * 6) / 2;
    if (i > 0) {
      const previousMood = mood;
      mood = clamp(
        Math.round(
          2 +
            0.8 * connections +
            0.3 * mood +
            0.6 * (sleepHours - 6.5) +
            noise() -
            (hardWeek ? 1 : 0),
        ),
        0,
        10,
      );
      connections = clamp(
        Math.round(1 + 0.5 * previousMood - 0.3 * rumination + noise() - (hardWeek ? 1.5 : 0)),
        0,
        5,
      );
    }
    rumination = clamp(Math.round(random() * 8 + 1), 0, 10);
    out.push({
      date: addDays(today, i - (days - 1)),
      checkin: {
        mood,
        energy: mood,
        rumination,
        sleepHours,
        connections: Array.from({ length: connections }, () => ({ mode: "message" as const })),
      },
    });
  }
  return out;
}

/**
 * Nine steady weeks with a softer last one, in mood and energy only: connections stay as usual.
 * Two mood-side measures stand out, which on their own is no heads-up (`none`), so the summary
 * must still name them rather than say "Nothing stands out" above rows that do.
 */
export function softerLastWeek(today: LocalDate, days = 63): SeededDay[] {
  return Array.from({ length: days }, (_, i) => {
    const lastWeek = i >= days - 7;
    const mood = lastWeek ? 4 : 6 + (i % 2);
    return {
      date: addDays(today, i - (days - 1)),
      checkin: {
        mood,
        energy: mood,
        rumination: 4 + (i % 2),
        connections: [{ mode: "call" as const }, { mode: "message" as const }],
      },
    };
  });
}

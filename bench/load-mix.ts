import type { CheckinInput } from "../src/core/checkins/checkin.schema.js";
import { addDays, type LocalDate } from "../src/core/dates/local-date.js";
import type { Answer } from "./load-http.js";

/**
 * One request of a screen, timed under `route` (the route's pattern, plus what it reads when the
 * same route is asked for different amounts). Answers null when it failed or the run is over.
 */
export type Call = (
  route: string,
  method: string,
  path: string,
  body?: unknown,
) => Promise<Answer | null>;

export interface Screen {
  readonly name: string;
  /** How often people do this, relative to the others. */
  readonly weight: number;
  run(call: Call, today: LocalDate, random: () => number): Promise<void>;
}

const NAMES = ["Sam", "Mum", "Jo", "Ana", "Priya", "Dad", "Lee"] as const;
const MODES = ["in-person", "call", "message", "video"] as const;
const THOUGHTS = [
  "Nobody replied, they must be sick of me",
  "I always ruin it when I try to talk to people",
  "If I go, I'll just be a burden on everyone there",
  "I should be over this by now",
] as const;

const pick = <T>(list: readonly T[], random: () => number): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("picked from an empty list");
  return item;
};
const upTo = (n: number, random: () => number) => Math.floor(random() * (n + 1));

function todaysCheckin(random: () => number): CheckinInput {
  const mood = upTo(10, random);
  return {
    mood,
    energy: Math.max(0, mood - 1),
    enjoyment: upTo(10, random),
    rumination: upTo(10, random),
    burden: upTo(10, random),
    sleepHours: 5 + upTo(8, random) / 2,
    connections: Array.from({ length: upTo(2, random) }, () => ({
      name: pick(NAMES, random),
      mode: pick(MODES, random),
      felt: upTo(4, random) - 2,
    })),
    note: random() < 0.5 ? "" : "Went out for a bit. Tired, but glad I answered the message.",
  };
}

/**
 * What people do, by how often they do it: most visits open the check-in screen, many save the
 * day, fewer look back, and writing a thought record or planning a step is less common. Each
 * screen sends what the app's screen sends, one request after another as the app does.
 */
export const SCREENS: readonly Screen[] = [
  {
    name: "open the check-in screen",
    weight: 30,
    async run(call, today) {
      if (!(await call("GET /api/session", "GET", "/api/session"))) return;
      await call(
        "GET /api/checkins (3 days)",
        "GET",
        `/api/checkins?from=${addDays(today, -2)}&to=${today}`,
      );
    },
  },
  {
    name: "save a check-in",
    weight: 25,
    async run(call, today, random) {
      await call(
        "PUT /api/checkins/{date}",
        "PUT",
        `/api/checkins/${today}`,
        todaysCheckin(random),
      );
    },
  },
  {
    name: "read history (a month)",
    weight: 15,
    async run(call, today) {
      await call(
        "GET /api/checkins (a month)",
        "GET",
        `/api/checkins?from=${addDays(today, -30)}&to=${today}`,
      );
    },
  },
  {
    name: "open insights",
    weight: 15,
    async run(call, today) {
      await call("GET /api/insights", "GET", `/api/insights?to=${today}`);
    },
  },
  {
    name: "write a thought record",
    weight: 7,
    async run(call, _today, random) {
      await call("POST /api/thoughts", "POST", "/api/thoughts", {
        situation: "Sent a message in the group chat and nobody answered.",
        thought: pick(THOUGHTS, random),
        feelings: [{ name: "Sad", before: 40 + upTo(50, random) }],
        keptTraps: ["mind-reading"],
        evidenceAgainst: "Two of them answered me yesterday.",
        balancedThought: "They may just be busy this evening.",
      });
    },
  },
  {
    name: "plan a step",
    weight: 8,
    async run(call, today, random) {
      const offered = await call("GET /api/suggestions", "GET", "/api/suggestions");
      if (!offered) return;
      const { suggestions } = JSON.parse(offered.body) as {
        suggestions: { activity: { id: string } }[];
      };
      const chosen = suggestions.length > 0 ? pick(suggestions, random) : undefined;
      await call("POST /api/plans", "POST", "/api/plans", {
        activityId: chosen?.activity.id ?? "send-one-message",
        date: addDays(today, upTo(6, random)),
        time: random() < 0.5 ? null : "18:30",
        predictedEnjoyment: upTo(10, random),
      });
    },
  },
];

/** Picks a screen by weight. */
export function screenPicker(screens: readonly Screen[]): (random: () => number) => Screen {
  const total = screens.reduce((sum, screen) => sum + screen.weight, 0);
  return (random) => {
    let left = random() * total;
    for (const screen of screens) {
      left -= screen.weight;
      if (left < 0) return screen;
    }
    const last = screens.at(-1);
    if (!last) throw new Error("no screens to pick from");
    return last;
  };
}

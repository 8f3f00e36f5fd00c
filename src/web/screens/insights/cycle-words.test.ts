import { describe, expect, it } from "vitest";
import { computeInsights } from "../../../core/insights/insights.js";
import type { CycleEdge, CycleMap } from "../../../core/insights/insights.schema.js";
import { checkinsFrom } from "../../../core/insights/test-helpers.fixture.js";
import {
  arrowShape,
  cycleSummary,
  cycleTakeaway,
  daysUntilMap,
  plainReading,
  readingText,
  signed,
} from "./cycle-words.js";

function okEdge(overrides: Partial<Extract<CycleEdge, { status: "ok" }>> = {}): CycleEdge {
  return {
    id: "connections-mood",
    from: "connections",
    to: "mood",
    n: 30,
    sentence: "…",
    status: "ok",
    effect: 0.8,
    interval: [0.2, 1.4],
    includesZero: false,
    typicalChange: 1,
    effectPerTypicalChange: 0.8,
    standardizedEffect: 0.3,
    blockLength: 3,
    resamples: 1000,
    ...overrides,
  };
}

describe("signed", () => {
  it("writes the sign out and keeps small effects from reading as 0", () => {
    expect(signed(0.8)).toBe("+0.8");
    expect(signed(-0.25)).toBe("-0.3");
    expect(signed(-0.04)).toBe("-0.04");
    expect(signed(0)).toBe("0");
    expect(signed(-0.001)).toBe("0");
  });
});

describe("arrowShape", () => {
  it("draws a clear arrow solid and an arrow whose range includes zero dashed", () => {
    expect(arrowShape(okEdge())?.dashed).toBe(false);
    expect(arrowShape(okEdge({ includesZero: true, interval: [-0.1, 1] }))?.dashed).toBe(true);
  });

  it("makes the line heavier for a bigger effect, on one scale whatever the sign", () => {
    const small = arrowShape(okEdge({ standardizedEffect: 0.06 }))?.width ?? 0;
    const big = arrowShape(okEdge({ standardizedEffect: -0.6 }))?.width ?? 0;
    const huge = arrowShape(okEdge({ standardizedEffect: 3 }))?.width ?? 0;
    expect(small).toBeCloseTo(3, 5);
    expect(big).toBe(12);
    expect(huge).toBe(12);
  });

  it("labels the arrow with its signed effect and ends the line before the head", () => {
    const shape = arrowShape(okEdge({ id: "sleep-mood", from: "sleep", effect: -0.4 }));
    expect(shape?.label.text).toBe("-0.4");
    // Sleep comes up into mood from below: the line stops a head's length short of the box.
    expect(shape?.path).toBe(`M350 372 L350 ${248 + (shape?.head.length ?? 0)}`);
  });

  it("draws nothing for an arrow that is still waiting or has nothing to compare", () => {
    const base = { id: "sleep-mood", from: "sleep", to: "mood", n: 18, sentence: "…" } as const;
    const waiting = { ...base, status: "not-enough-data", needed: 3 } satisfies CycleEdge;
    const still = { ...base, status: "no-variation" } satisfies CycleEdge;
    expect(arrowShape(waiting)).toBeNull();
    expect(arrowShape(still)).toBeNull();
  });
});

describe("how much data the map still needs", () => {
  const empty = computeInsights({ checkins: [] }, "2026-06-01").cycle;

  it("asks for 21 back-to-back days from nothing, without counting the Plan's arrow", () => {
    expect(daysUntilMap(empty, false)).toBe(21);
  });

  it("counts down as back-to-back days arrive, and stops once an arrow shows", () => {
    const days = (n: number) =>
      computeInsights(
        {
          checkins: checkinsFrom(
            "2026-05-01",
            Array.from({ length: n }, (_, i) => ({ mood: i % 7, connections: i % 3 })),
          ),
        },
        "2026-06-30",
      ).cycle;
    expect(daysUntilMap(days(10), false)).toBe(12);
    expect(daysUntilMap(days(21), false)).toBe(1);
    expect(daysUntilMap(days(22), false)).toBeNull();
  });

  it("says the activities arrow waits for the Plan, and the others how many pairs they need", () => {
    const [first] = empty.edges;
    const activities = empty.edges.at(-1);
    if (!first || !activities) throw new Error("the map always has its five arrows");
    expect(readingText(first, false)).toBe("Not enough days yet (21 more needed)");
    expect(readingText(activities, false)).toBe("Waiting for activities marked done in your Plan");
    expect(readingText(activities, true)).toBe("Not enough days yet (21 more needed)");
    expect(readingText(okEdge(), false)).toBe("A clear pattern");
    expect(readingText(okEdge({ includesZero: true }), false)).toBe("No clear pattern yet");
  });

  it("sums the map up in one line", () => {
    const map: CycleMap = {
      ...empty,
      edges: [okEdge(), okEdge({ id: "mood-connections", includesZero: true, n: 28 })],
    };
    expect(cycleSummary(map)).toBe(
      "2 of 2 arrows can be shown, from up to 30 pairs of back-to-back days: 1 shows a clear pattern and 1 does not yet.",
    );
  });
});

describe("the map in everyday words", () => {
  const empty = computeInsights({ checkins: [] }, "2026-06-01").cycle;
  const mapOf = (...edges: CycleEdge[]): CycleMap => ({ ...empty, edges });

  it("opens with the clearest pattern, in words without numbers", () => {
    const takeaway = cycleTakeaway(
      mapOf(
        okEdge({ standardizedEffect: 0.2 }),
        okEdge({ id: "sleep-mood", from: "sleep", standardizedEffect: 0.5, effect: 0.4 }),
      ),
    );
    expect(takeaway).toBe("After nights with more sleep, your mood tends to be better.");
    expect(takeaway).not.toMatch(/\d/);
  });

  it("follows the arrow's direction", () => {
    expect(cycleTakeaway(mapOf(okEdge({ effect: -0.5, interval: [-0.9, -0.1] })))).toMatch(
      /mood has tended to be a little lower/,
    );
  });

  it("never names a pattern the table does not call clear", () => {
    const unclear = okEdge({ includesZero: true, interval: [-0.2, 1], standardizedEffect: 0.6 });
    expect(cycleTakeaway(mapOf(unclear))).toMatch(/^So far no part of your days clearly moves/);
    expect(plainReading(unclear, false)).toBe("No clear pattern yet.");
  });

  it("says each arrow plainly, whatever it is waiting for", () => {
    const [first] = empty.edges;
    if (!first) throw new Error("the map always has its five arrows");
    expect(plainReading(first, false)).toBe("Not enough days yet (21 more needed).");
    expect(plainReading(okEdge(), false)).toMatch(/^After days when you are in touch with more/);
  });
});

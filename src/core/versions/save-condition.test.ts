import { describe, expect, it } from "vitest";
import { conditionHolds, type SaveCondition } from "./save-condition.js";

const V1 = "2026-11-29T12:00:00.000Z";
const V2 = "2026-11-29T12:05:00.000Z";

describe("whether a save may go ahead", () => {
  const cases: [SaveCondition, string | null, boolean][] = [
    [{ kind: "none" }, null, true],
    [{ kind: "none" }, V1, true],
    [{ kind: "version", version: V1 }, V1, true],
    [{ kind: "version", version: V1 }, V2, false],
    [{ kind: "version", version: V1 }, null, false],
    [{ kind: "exists" }, V1, true],
    [{ kind: "exists" }, null, false],
    [{ kind: "absent" }, null, true],
    [{ kind: "absent" }, V1, false],
  ];
  it.each(cases)("%j against %s: %s", (condition, current, holds) => {
    expect(conditionHolds(condition, current)).toBe(holds);
  });
});

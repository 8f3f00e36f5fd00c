import { describe, expect, it } from "vitest";
import { overLimitLine, overLimitMessage, type Saving, savingWords } from "./SavingStatus.js";

describe("the word on a step left past its limit", () => {
  it("starts its sentence with a capital, one step or several", () => {
    expect(overLimitMessage(["warningSigns"])).toContain(
      "The rest of your plan is saved. Step 1, “My warning signs” now has",
    );
    expect(overLimitMessage(["warningSigns", "reasonsForLiving"])).toMatch(
      /The rest of your plan is saved\. Step 1, “My warning signs” and step 7, “[^”]+” now have/,
    );
  });
});

describe("the saving line pinned while editing", () => {
  // About 17 letters fit a line on a phone at 200% text: three lines is as tall as it may get.
  const SHORT = 45;

  it("stays short, with the whole explanation kept for the page", () => {
    const long: Saving[] = [
      { state: "saved", merged: true },
      { state: "restored", merged: true },
      { state: "done", merged: true },
      { state: "over", steps: ["warningSigns"] },
      { state: "restored" },
      { state: "saved", restored: true },
      { state: "kept", onDevice: true, message: "We couldn't reach Reconnect just now." },
      { state: "kept", onDevice: false, message: "We couldn't reach Reconnect just now." },
    ];
    for (const saving of long) {
      const { line, full } = savingWords(saving);
      expect(line.length).toBeLessThanOrEqual(SHORT);
      expect(full?.length ?? 0).toBeGreaterThan(line.length);
    }
    expect(savingWords({ state: "over", steps: ["warningSigns"] })).toEqual({
      line: "Step 1 needs your choice; the rest is saved.",
      full: overLimitMessage(["warningSigns"]),
    });
    // Several steps at once are counted, not named, so the line stays as short as for one: the
    // notice at the top of the form names them.
    const several = ["warningSigns", "peopleToAsk", "reasonsForLiving"] as const;
    expect(overLimitLine(several)).toBe("3 steps need your choice; the rest is saved.");
    expect(overLimitLine(several).length).toBeLessThanOrEqual(
      overLimitLine(["warningSigns"]).length,
    );
    expect(overLimitMessage(several)).toMatch(/Step 1, “[^”]+”, step 4, “[^”]+” and step 7/);
  });

  it("says everything itself when there is nothing more to say", () => {
    expect(savingWords({ state: "saved" })).toEqual({ line: "Saved.", full: null });
  });
});

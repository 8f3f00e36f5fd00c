import { describe, expect, it } from "vitest";
import { firstStepBeyondTitle } from "./first-step.js";

describe("a first step beside its title", () => {
  it("is kept when it says something the title does not", () => {
    expect(
      firstStepBeyondTitle({ title: "Message a friend", firstStep: "Open your messages" }),
    ).toBe("Open your messages");
  });

  it("is left out when it is the title again, as for a step planned from a thought record", () => {
    expect(firstStepBeyondTitle({ title: "Send one line", firstStep: "Send one line" })).toBeNull();
  });

  it("is left out when it differs only in capitals, spacing or a closing mark", () => {
    for (const firstStep of [
      "send one line.",
      "Send  one line",
      " Send one line! ",
      "SEND ONE LINE…",
    ]) {
      expect(firstStepBeyondTitle({ title: "Send one line", firstStep }), firstStep).toBeNull();
    }
  });

  it("is kept when it only starts like the title", () => {
    expect(firstStepBeyondTitle({ title: "Walk", firstStep: "Walk to the corner" })).toBe(
      "Walk to the corner",
    );
  });
});

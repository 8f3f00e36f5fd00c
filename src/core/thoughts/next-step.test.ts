import { describe, expect, it } from "vitest";
import { nextStepIn } from "./next-step.js";

describe("nextStepIn", () => {
  it("finds the person and the action in a balanced thought", () => {
    expect(nextStepIn("Ben has been busy, not angry. I could ring Ben myself this week.")).toEqual({
      person: "Ben",
      action: "Ring Ben",
    });
  });

  it("reads the usual ways of saying one will do something", () => {
    expect(nextStepIn("I'll text Priya tonight.").action).toBe("Text Priya");
    expect(nextStepIn("I can try to go for a short walk tomorrow").action).toBe(
      "Go for a short walk",
    );
    expect(nextStepIn("Maybe I am going to ask my sister for help, even if it's hard.")).toEqual({
      person: "my sister",
      action: "Ask my sister for help",
    });
    expect(nextStepIn("I want to message Sam’s brother").person).toBe("Sam");
  });

  it("finds a person named without an action, and an action without a person", () => {
    expect(nextStepIn("Mum has always picked up when I called.")).toEqual({
      person: "Mum",
      action: null,
    });
    expect(nextStepIn("I could tidy one shelf")).toEqual({
      person: null,
      action: "Tidy one shelf",
    });
  });

  it("finds nothing in a thought that intends no step, rather than guess", () => {
    for (const text of [
      "",
      "It was one bad day, not a bad life.",
      "I can't do anything right.",
      "I can be kind to myself about this.",
      "I will not always feel like this.",
      "On Monday I felt better. I know that.",
      "I'm doing my best.",
    ]) {
      expect(nextStepIn(text), text).toEqual({ person: null, action: null });
    }
  });

  it("does not take the first word of a sentence, or I, for a name", () => {
    expect(nextStepIn("Nobody is ignoring me. Sometimes people are busy.").person).toBeNull();
    expect(nextStepIn("Work was hard. I'll see Alex on Friday.").person).toBe("Alex");
  });
});

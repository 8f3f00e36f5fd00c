import { describe, expect, it } from "vitest";
import { personNameProblem } from "./person-name.js";

describe("the circle form's check of a name", () => {
  it("asks for a name when it shows nothing, however it is made", () => {
    for (const blank of ["", "   ", "\u200b", "\u2800", "\ufff9", "\u3164", "\u0301"]) {
      expect(personNameProblem(blank), JSON.stringify(blank)).toBe(
        "Please add a name, or a nickname.",
      );
    }
  });

  it("takes a name with anything to show", () => {
    for (const name of [
      "Jo",
      " Jo ",
      "\u2800Jo",
      "🙂",
      "\u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627",
    ]) {
      expect(personNameProblem(name), name).toBeUndefined();
    }
  });
});

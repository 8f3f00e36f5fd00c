import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy.js";

describe("choosing a password", () => {
  it("needs at least 8 characters, counted as people see them", () => {
    expect(passwordProblem("1234567")).toBe("too-short");
    expect(passwordProblem("🌧️🌧️🌧️")).toBe("too-short");
    expect(passwordProblem("rain on the roof")).toBeUndefined();
  });
  it("refuses the most common passwords in any case", () => {
    expect(passwordProblem("Password1")).toBe("too-common");
    expect(passwordProblem("QWERTYUIOP")).toBe("too-common");
    expect(passwordProblem("12345678")).toBe("too-common");
  });
});

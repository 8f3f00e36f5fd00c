import { describe, expect, it } from "vitest";
import { counted, listed, oneDecimal } from "./wording.js";

describe("wording", () => {
  it("writes sizes without signs, with a second decimal only for small ones", () => {
    expect(oneDecimal(0.84)).toBe("0.8");
    expect(oneDecimal(-1.26)).toBe("1.3");
    expect(oneDecimal(0.04)).toBe("0.04");
    expect(oneDecimal(-0.001)).toBe("0");
  });

  it("counts and lists in plain English", () => {
    expect(counted(1, "day", "days")).toBe("1 day");
    expect(counted(3, "day", "days")).toBe("3 days");
    expect(listed(["a"])).toBe("a");
    expect(listed(["a", "b"])).toBe("a and b");
    expect(listed(["a", "b", "c"])).toBe("a, b and c");
  });
});

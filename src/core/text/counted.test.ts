import { describe, expect, it } from "vitest";
import { counted } from "./counted.js";

describe("a count with its word", () => {
  it("is singular for one and plural for every other count", () => {
    expect(counted(1, "second")).toBe("1 second");
    expect(counted(0, "second")).toBe("0 seconds");
    expect(counted(2, "minute")).toBe("2 minutes");
    expect(counted(1.5, "hour")).toBe("1.5 hours");
    expect(counted(60, "second")).toBe("60 seconds");
  });

  it("takes the plural a word needs when adding an s is wrong", () => {
    expect(counted(1, "person", "people")).toBe("1 person");
    expect(counted(3, "person", "people")).toBe("3 people");
  });
});

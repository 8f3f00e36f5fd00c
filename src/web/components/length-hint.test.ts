import { describe, expect, it } from "vitest";
import { lengthHint } from "./length-hint.js";

describe("lengthHint", () => {
  it("counts the room left, in the singular for one", () => {
    expect(lengthHint(0, 2000, "a note")).toBe("You can write 2,000 more characters.");
    expect(lengthHint(1999, 2000, "a note")).toBe("You can write 1 more character.");
  });

  it("says at the limit that nothing past it was kept", () => {
    expect(lengthHint(2000, 2000, "a note")).toBe(
      "That's the most a note can hold (2,000 characters). Anything past that wasn't added.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { linkedPersonName, SOMEONE_IN_YOUR_CIRCLE } from "./linked-person.js";

const circle = new Map([
  ["jo", "Jo"],
  ["blank", "\u200b"],
]);

describe("who a day's connection is with", () => {
  it("is the circle's name for a link with no name typed, never a blank", () => {
    expect(linkedPersonName({ personId: "jo", name: "" }, circle)).toBe("Jo");
    expect(linkedPersonName({ personId: "jo", name: " \u200b" }, circle)).toBe("Jo");
  });

  it("is a plain fallback when the circle is not read yet, they left it, or their name is blank", () => {
    expect(linkedPersonName({ personId: "jo", name: "" }, null)).toBe(SOMEONE_IN_YOUR_CIRCLE);
    expect(linkedPersonName({ personId: "gone", name: "" }, circle)).toBe(SOMEONE_IN_YOUR_CIRCLE);
    expect(linkedPersonName({ personId: "blank", name: "" }, circle)).toBe(SOMEONE_IN_YOUR_CIRCLE);
  });

  it("is nothing to add when the row names them itself or links no one", () => {
    expect(linkedPersonName({ personId: "jo", name: "Joanna" }, circle)).toBeUndefined();
    expect(linkedPersonName({ name: "" }, circle)).toBeUndefined();
  });
});

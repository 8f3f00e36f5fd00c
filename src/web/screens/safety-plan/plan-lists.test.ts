import { describe, expect, it } from "vitest";
import { entry, textsOf } from "./plan-lists.js";

describe("the lines of a step as they are saved", () => {
  it("leave out a line that shows nothing, as an empty one, since the server refuses it", () => {
    const lines = ["Call Jo", "", "  ", "\u200b", "\u0301", " Walk the dog "].map(entry);
    expect(textsOf(lines)).toEqual(["Call Jo", "Walk the dog"]);
  });
});

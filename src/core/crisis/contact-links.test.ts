import { describe, expect, it } from "vitest";
import { telHref, textWay } from "./contact-links.js";

describe("ways to reach a crisis line", () => {
  it("dials only digits and a plus", () => {
    expect(telHref("116 123")).toBe("tel:116123");
    expect(telHref("0800 111 0 111")).toBe("tel:08001110111");
    expect(telHref("+61 13 11 14")).toBe("tel:+61131114");
  });
  it("says 'text' once", () => {
    expect(textWay("988")).toBe("text 988");
    expect(textWay("Text HOME to 741741")).toBe("Text HOME to 741741");
  });
});

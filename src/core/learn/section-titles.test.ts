import { describe, expect, it } from "vitest";
import { GUIDE_SECTIONS } from "./lesson.js";
import { sectionTitle } from "./section-titles.js";

describe("Learn's section titles", () => {
  const titles = GUIDE_SECTIONS.map(sectionTitle);

  it("gives every part of the guide its own title, none of them the guide's heading", () => {
    expect(new Set(titles).size).toBe(GUIDE_SECTIONS.length);
    GUIDE_SECTIONS.forEach((section, at) => {
      expect(titles[at]).not.toBe(section);
    });
  });

  it("speaks plainly: no textbook words, ampersands or colons", () => {
    for (const title of titles) {
      expect(title).not.toMatch(/[&:]|\b(factors?|dynamics|perspective|conclusion|faqs?)\b/i);
      expect(title.length).toBeLessThanOrEqual(45);
    }
  });
});

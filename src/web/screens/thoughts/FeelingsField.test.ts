import { describe, expect, it } from "vitest";
import { changeNote, strengthLabel } from "./FeelingsField.js";

describe("what is said about a feeling the person named", () => {
  it("reads as before for a plain name", () => {
    expect(changeNote("Sad", "80", "50")).toBe(
      '"Sad" went from 80 to 50: 30 points lighter. That shift came from you.',
    );
    expect(strengthLabel("Sad")).toBe('How strong is "Sad" now? (optional)');
  });

  it("keeps a name's right-to-left override inside its quotes, so the numbers and words after it stay in order", () => {
    expect(changeNote("Sad\u202E", "80", "50")).toBe(
      '"\u2068Sad\u202E\u202C\u2069" went from 80 to 50: 30 points lighter. That shift came from you.',
    );
    expect(changeNote("Sad\u202E", "50", "80")).toBe(
      '"\u2068Sad\u202E\u202C\u2069" is at 80 now, up from 50. Looking closely at a hard thought can stir \u2068sad\u202E\u202C\u2069 up for a while. Be gentle with yourself.',
    );
    expect(strengthLabel("Sad\u202E")).toBe(
      'How strong is "\u2068Sad\u202E\u202C\u2069" now? (optional)',
    );
  });

  it("isolates a right-to-left name, so the number after the quote is not drawn on its side", () => {
    expect(changeNote("\u05E2\u05E6\u05D1", "60", "60")).toBe(
      '"\u2068\u05E2\u05E6\u05D1\u2069" is still at 60. Strong feelings often take time to ease, and that\'s okay.',
    );
  });
});

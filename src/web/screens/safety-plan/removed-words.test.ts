import { describe, expect, it } from "vitest";
import { removedWords } from "./StepEditor.js";

describe("what is said once a safety plan entry is removed", () => {
  it("quotes a plain entry's start as before", () => {
    expect(removedWords("Call Jo")).toBe("Removed “Call Jo”.");
    expect(removedWords("  ")).toBe("Removed.");
  });

  it("keeps an entry's right-to-left override inside its quotes, so the Undo after it stays in place", () => {
    expect(removedWords("Call Jo\u202E")).toBe("Removed “\u2068Call Jo\u202E\u202C\u2069”.");
  });
});

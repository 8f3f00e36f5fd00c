import { describe, expect, it } from "vitest";
import { balancedDirections, isolated } from "./isolated.js";

const FSI = "\u2068";
const PDI = "\u2069";
const RLO = "\u202E";
const PDF = "\u202C";

describe("a person's words set inside the app's sentence", () => {
  it("isolates a name holding an override left open, so the words after it keep their order", () => {
    expect(`Hi ${isolated(`Dana${RLO}`)}, you popped into my head`).toBe(
      `Hi ${FSI}Dana${RLO}${PDF}${PDI}, you popped into my head`,
    );
  });

  it("isolates Arabic and Hebrew names as they are, every letter kept", () => {
    expect(isolated("دانا")).toBe(`${FSI}دانا${PDI}`);
    expect(isolated("דנה כהן")).toBe(`${FSI}דנה כהן${PDI}`);
    expect(isolated("Sam ܣܡ")).toBe(`${FSI}Sam ܣܡ${PDI}`);
  });

  it("isolates a name holding only a direction mark", () => {
    expect(isolated("Sam\u200F")).toBe(`${FSI}Sam\u200F${PDI}`);
  });

  it("leaves left-to-right names exactly as they are, so a text message stays in its usual alphabet", () => {
    for (const name of [
      "Sam",
      "Émile",
      "Margaret-Elizabeth Fitzwilliam-Oyelaran",
      "名前",
      "😀",
      "",
    ]) {
      expect(isolated(name)).toBe(name);
    }
  });

  it("drops a stray close that would end the isolate early and let an override loose", () => {
    expect(isolated(`Dana${PDI}${RLO}`)).toBe(`${FSI}Dana${RLO}${PDF}${PDI}`);
    expect(balancedDirections(`a${PDF}b`)).toBe("ab");
  });

  it("closes what the words open, innermost first", () => {
    expect(balancedDirections(`a\u202Bb\u2067c`)).toBe(`a\u202Bb\u2067c${PDI}${PDF}`);
    // A PDI closes its isolate and the embeddings opened inside it.
    expect(balancedDirections(`\u2067a${RLO}b${PDI}c`)).toBe(`\u2067a${RLO}b${PDI}c`);
    // A PDF inside an isolate cannot reach the embedding outside it.
    expect(balancedDirections(`\u202Ba\u2066b${PDF}`)).toBe(`\u202Ba\u2066b${PDI}${PDF}`);
  });

  it("keeps words already balanced as they are", () => {
    const balanced = `x\u202Ay${PDF}\u2066z${PDI}`;
    expect(balancedDirections(balanced)).toBe(balanced);
  });
});

import { describe, expect, it } from "vitest";
import { type CardDraft, localErrors } from "./card-draft.js";

const draft = (contact: string): CardDraft => ({
  energy: "low",
  contact,
  message: "",
  label: "",
  showSteps: false,
});

describe("a card's contact, checked before it is sent", () => {
  it("is asked for when it shows nothing, as the server would refuse it", () => {
    for (const contact of ["", "  ", "\u200b", "\u0301", "\u200b \u200d"]) {
      expect(localErrors(draft(contact)), JSON.stringify(contact)).toEqual({
        contact: "Choose or write how people can reach you.",
      });
    }
  });

  it("is taken when it shows words", () => {
    expect(localErrors(draft("Texts welcome"))).toEqual({});
    expect(localErrors(draft("Cafe\u0301 at 5"))).toEqual({});
  });
});

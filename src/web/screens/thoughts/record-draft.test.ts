import { describe, expect, it } from "vitest";
import { SHOWS_NOTHING } from "../../../core/text/visible.js";
import {
  checkRecordDraft,
  emptyRecordDraft,
  newFeeling,
  recordDraftSchema,
  storedRecordDraft,
} from "./record-draft.js";

// The form checks with the server's own schema, so a thought the server refuses is refused
// here first, with the same words next to the field, and nothing is sent.
describe("a thought record draft with text that shows nothing", () => {
  it("is refused where the thought or a feeling's name shows nothing, as the server refuses it", () => {
    const blankThought = checkRecordDraft({ ...emptyRecordDraft(), thought: "\u200b" });
    expect(blankThought).toEqual({ ok: false, errors: { thought: SHOWS_NOTHING } });

    const feeling = { ...newFeeling("\u0301"), before: "70" };
    const blankFeeling = checkRecordDraft({
      ...emptyRecordDraft(),
      thought: "I'm boring",
      feelings: [feeling],
    });
    expect(blankFeeling).toEqual({
      ok: false,
      errors: { [`feelings.${feeling.rowId}.name`]: SHOWS_NOTHING },
    });
  });

  it("leaves out an optional step that shows nothing, as the server would not keep it", () => {
    const checked = checkRecordDraft({
      ...emptyRecordDraft(),
      situation: "\u200b",
      thought: "I'm boring",
      evidenceFor: "\u0301",
      balancedThought: "She may be busy",
    });
    expect(checked.ok && checked.input).toEqual({
      thought: "I'm boring",
      balancedThought: "She may be busy",
      keptTraps: [],
      setAsideTraps: [],
      feelings: [],
    });
  });
});

describe("a thought record draft kept on the device", () => {
  it("keeps the version it was typed over, so saving it later can be refused if that changed", () => {
    const draft = { ...emptyRecordDraft(), thought: "I let everyone down." };
    const stored = storedRecordDraft(draft, 2, "2026-11-29T12:00:00.000Z");
    const read = recordDraftSchema.parse(JSON.parse(JSON.stringify(stored)));
    expect(read.base).toBe("2026-11-29T12:00:00.000Z");
    expect(read.draft.thought).toBe("I let everyone down.");
  });

  it("still reads a draft kept before versions were, with no version", () => {
    const { base: _none, ...older } = storedRecordDraft(emptyRecordDraft(), 1);
    expect(recordDraftSchema.parse(older).base).toBeUndefined();
  });
});

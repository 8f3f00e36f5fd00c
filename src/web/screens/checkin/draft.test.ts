import { describe, expect, it } from "vitest";
import { SHOWS_NOTHING } from "../../../core/text/visible.js";
import {
  checkDraft,
  checkinDraftSchema,
  editedVersion,
  emptyDraft,
  keptCheckinDraft,
  labelOf,
  newConnectionRow,
  sameCheckinDraft,
  storedCheckinDraft,
} from "./draft.js";

// The check-in form checks with the server's own schema: a name the server refuses is refused
// before anything is sent, with the server's words under the row's "Name" field.
describe("a check-in draft whose connection name shows nothing", () => {
  it("is refused beside that row's name, in the server's words", () => {
    for (const name of ["\u200b", " \u0301 "]) {
      const row = { ...newConnectionRow(), name, mode: "call" as const };
      const checked = checkDraft({ ...emptyDraft(), scales: { mood: 5 }, connections: [row] });
      expect(checked).toEqual({ ok: false, errors: { "connections.0.name": SHOWS_NOTHING } });
    }
    expect(labelOf("connections.0.name")).toBe("Name");
  });
});

describe("the version a check-in's answers were typed over", () => {
  const typed = { ...emptyDraft(), scales: { mood: 4 }, note: "A walk with Jo." };
  const saved = { updatedAt: "2026-12-06T09:00:00.000Z" };

  it("is a kept draft's own, not the day as it is now: the day may have been saved elsewhere since", () => {
    const kept = { draft: typed, base: "2026-12-06T07:30:00.000Z" };
    expect(editedVersion({ kept, queued: undefined, saved })).toBe("2026-12-06T07:30:00.000Z");
    // Typed over a day with no check-in: saved elsewhere since, it is still asked about.
    expect(editedVersion({ kept: { draft: typed, base: null }, queued: undefined, saved })).toBe(
      null,
    );
  });

  it("is the waiting check-in's when the form shows what waits on this device", () => {
    const queued = { base: "2026-12-05T20:00:00.000Z" };
    expect(editedVersion({ kept: undefined, queued, saved })).toBe("2026-12-05T20:00:00.000Z");
    expect(editedVersion({ kept: undefined, queued: { base: null }, saved })).toBe(null);
  });

  it("is the server's for a form opened on the day as saved, and none for a day never saved", () => {
    expect(editedVersion({ kept: undefined, queued: undefined, saved })).toBe(saved.updatedAt);
    expect(editedVersion({ kept: undefined, queued: undefined, saved: undefined })).toBe(null);
    // A draft kept before drafts named their version stands over the day as it is now.
    expect(
      editedVersion({ kept: { draft: typed, base: undefined }, queued: undefined, saved }),
    ).toBe(saved.updatedAt);
  });

  it("is kept with the draft and read back with it; a draft from before reads back with none", () => {
    const schema = checkinDraftSchema();
    const back = schema.parse(
      JSON.parse(JSON.stringify(keptCheckinDraft(typed, "2026-12-06T07:30:00.000Z"))),
    );
    expect(back.base).toBe("2026-12-06T07:30:00.000Z");
    expect(sameCheckinDraft(back.draft, typed)).toBe(true);
    expect(schema.parse(keptCheckinDraft(typed, null)).base).toBe(null);
    expect(schema.parse(storedCheckinDraft(typed)).base).toBe(undefined);
  });
});

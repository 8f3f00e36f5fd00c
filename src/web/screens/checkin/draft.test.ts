import { describe, expect, it } from "vitest";
import { SHOWS_NOTHING } from "../../../core/text/visible.js";
import { checkDraft, emptyDraft, labelOf, newConnectionRow } from "./draft.js";

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

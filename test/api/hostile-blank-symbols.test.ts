import { describe, expect, it } from "vitest";
import { SHOWS_NOTHING } from "../../src/core/text/visible.js";
import { engines } from "../support/stores.js";
import { useServer } from "../support/test-app.js";

/*
 * Characters that are drawn as nothing yet are not spaces nor on Unicode's list of ignorable
 * characters: a braille cell with no dots raised (U+2800) and an interlinear annotation mark
 * (U+FFF9) were kept as a thought, a person's name and a share card's contact, and read back as a
 * blank that looks filled in. Each kind of route refuses them as it refuses a zero-width space.
 */

const BLANKS = [
  ["a braille blank", "\u2800"],
  ["an interlinear annotation anchor", "\ufff9"],
  ["a Hangul filler with a variation selector", "\u3164\ufe0f"],
  ["a musical null notehead", "\u{1d159}"],
  // Alone, a line separator is trimmed away and refused as empty; here it is around one that is not.
  ["a braille blank between line separators", "\u2028\u2800\u2029"],
] as const;

describe.each(engines)("text of characters drawn as nothing, on %s", (engine) => {
  const s = useServer(engine);

  it.each(BLANKS)("is refused as a thought: %s", async (_kind, blank) => {
    const refused = await s.owner.post("/api/thoughts", { thought: blank });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.fields).toEqual({ thought: SHOWS_NOTHING });
  });

  it.each(BLANKS)("is refused as a person's name: %s", async (_kind, blank) => {
    const refused = await s.owner.post("/api/people", {
      name: blank,
      relationship: "",
      contactPreference: "any",
      wantedEveryDays: 7,
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.fields).toEqual({ name: `name ${SHOWS_NOTHING}` });
  });

  it.each(BLANKS)("is refused as a share card's contact: %s", async (_kind, blank) => {
    const refused = await s.owner.post("/api/shares", { energy: "low", contact: blank });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.fields).toEqual({ contact: SHOWS_NOTHING });
  });

  it("keeps real words that carry such characters, as sent", async () => {
    const thought = "\u2800I\u2019m fine \u263a\ufe0f \u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd";
    const kept = await s.owner.post("/api/thoughts", { thought });
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json().thought).toBe(thought);
    const name = "\u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627 👩\u200d👧";
    const person = await s.owner.post("/api/people", {
      name,
      relationship: "",
      contactPreference: "any",
      wantedEveryDays: 7,
    });
    expect(person.statusCode, person.body).toBe(201);
    expect(person.json().name).toBe(name);
    const contact = "Texts \u2764\ufe0f";
    const card = await s.owner.post("/api/shares", { energy: "low", contact });
    expect(card.statusCode, card.body).toBe(201);
    expect(card.json().contact).toBe(contact);
  });
});

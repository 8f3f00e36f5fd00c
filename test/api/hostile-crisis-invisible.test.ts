import { describe, expect, it } from "vitest";
import { engines } from "../support/stores.js";
import { useServer } from "../support/test-app.js";

/*
 * Characters drawn as nothing (a soft hyphen, a zero-width space or joiner, a direction mark)
 * inside a word leave the words on screen exactly as they read without them: "I want to kill
 * myself" with a soft hyphen in "my\u00adself" (as text copied from a hyphenated page carries) is
 * read by the person and anyone beside them as those words. Crisis language is found in them as
 * in the plain text, rather than the word being read as two.
 */

const INVISIBLE = [
  ["a soft hyphen", "\u00ad"],
  ["a zero-width space", "\u200b"],
  ["a zero-width non-joiner", "\u200c"],
  ["a zero-width joiner", "\u200d"],
  ["a word joiner", "\u2060"],
  ["a left-to-right mark", "\u200e"],
  ["a byte-order mark", "\ufeff"],
  // Past U+FFFF, two UTF-16 units each: read one unit at a time they were not known as invisible.
  ["a tag character", "\u{e0020}"],
  ["a variation selector of the supplement", "\u{e0100}"],
] as const;

describe.each(engines)("crisis language with characters drawn as nothing, on %s", (engine) => {
  const s = useServer(engine);

  const crisisIn = async (text: string) => {
    const answer = await s.owner.post("/api/traps/detect", { text });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json().crisis;
  };

  it.each(INVISIBLE)("is found with %s inside the words", async (_name, mark) => {
    expect(await crisisIn(`I want to k${mark}ill my${mark}self`)).toBe(true);
    expect(await crisisIn(`everyone would be better off with${mark}out me`)).toBe(true);
  });

  it("still finds none in ordinary words that carry them", async () => {
    expect(await crisisIn("I want to sk\u00adip my\u00adself out of the meeting")).toBe(false);
    expect(await crisisIn("The café\u200b was quiet and I felt okay")).toBe(false);
  });
});

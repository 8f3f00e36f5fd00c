import { describe, expect, it } from "vitest";
import { PERSON_NAME_MAX, personFields } from "../../core/circle/person.schema.js";
import { describedBy, lengthLimit, lengthWords, wholeCharactersThatFit } from "./length-limit.js";

const name = (value: string) => ({ value, max: 100, holder: "a name" });

describe("lengthWords", () => {
  it("says nothing far from the limit", () => {
    expect(lengthWords(name(""))).toEqual({ room: undefined, full: undefined });
    expect(lengthWords(name("a".repeat(79)))).toEqual({ room: undefined, full: undefined });
  });

  it("says the room left within the last fifth", () => {
    expect(lengthWords(name("a".repeat(80)))).toEqual({
      room: "You can write 20 more characters.",
      full: undefined,
    });
    expect(lengthWords(name("a".repeat(99))).room).toBe("You can write 1 more character.");
  });

  it("says plainly at the limit that nothing past it was taken", () => {
    expect(lengthWords(name("a".repeat(100)))).toEqual({
      room: undefined,
      full: "That's the most a name can hold (100 characters). Anything past that wasn't added.",
    });
  });

  it("says a box's own words at the limit when it has them", () => {
    const words = lengthWords({ ...name("a".repeat(100)), fullWords: "Use another box." });
    expect(words.full).toBe("Use another box.");
  });

  it("says by how much words kept from before are too long, never that they fit", () => {
    expect(lengthWords(name("a".repeat(101))).full).toBe(
      "This is 1 character longer than a name can hold (100 characters). Shorten it a little, and it can be saved.",
    );
    expect(lengthWords({ ...name("a".repeat(112)), fullWords: "Use another box." }).full).toBe(
      "This is 12 characters longer than a name can hold (100 characters). Shorten it a little, and it can be saved.",
    );
  });

  it("counts as the box counts, so it says full exactly when the box stops taking letters", () => {
    // A browser's maxLength counts an emoji as two: fifty fill a name's box.
    const fifty = "😀".repeat(50);
    expect(lengthWords({ value: fifty, max: PERSON_NAME_MAX, holder: "a name" }).full).toBe(
      "That's the most a name can hold (100 characters). Anything past that wasn't added.",
    );
    expect(
      lengthWords({ value: "😀".repeat(45), max: PERSON_NAME_MAX, holder: "a name" }).room,
    ).toBe("You can write 10 more characters.");
  });

  it("calls words kept from before too long only when the server would refuse them", () => {
    // The server counts code points: sixty emoji are sixty characters to it, and kept.
    const sixty = "😀".repeat(60);
    expect(personFields.name.safeParse(sixty).success).toBe(true);
    expect(lengthWords({ value: sixty, max: PERSON_NAME_MAX, holder: "a name" }).full).toBe(
      "That's the most a name can hold (100 characters). All of it is kept, and it can be saved.",
    );
    const tooMany = "😀".repeat(101);
    expect(personFields.name.safeParse(tooMany).success).toBe(false);
    expect(lengthWords({ value: tooMany, max: PERSON_NAME_MAX, holder: "a name" }).full).toContain(
      "This is 1 character longer than a name can hold",
    );
  });

  it("never says a text fits that the server refuses", () => {
    for (const letter of ["a", "é", "😀", "a😀"]) {
      for (let times = 1; times <= 130; times += 1) {
        const value = letter.repeat(times);
        const words = lengthWords({ value, max: PERSON_NAME_MAX, holder: "a name" });
        const saysTooLong = words.full?.startsWith("This is") ?? false;
        expect(personFields.name.safeParse(value).success).toBe(!saysTooLong);
      }
    }
  });
});

/** Real sequences a person types as one character: each is several code points and more units. */
const FAMILY = "👨‍👩‍👧‍👦"; // man, ZWJ, woman, ZWJ, girl, ZWJ, boy: 7 code points, 11 units
const FLAG = "🇬🇧"; // two regional indicators: 2 code points, 4 units
const THUMBS_UP = "👍🏽"; // thumbs up and a skin tone: 2 code points, 4 units
const RAINBOW_FLAG = "🏳️‍🌈"; // white flag, variation selector, ZWJ, rainbow: 4 code points, 6 units

describe("wholeCharactersThatFit", () => {
  it("keeps all of a text that fits", () => {
    expect(wholeCharactersThatFit(`Mum ${FAMILY}`, 100)).toBe(`Mum ${FAMILY}`);
  });

  it("never ends inside an emoji of several characters, as a browser's maxLength does", () => {
    expect(FAMILY.length).toBe(11);
    // Room for a man, a joiner, a woman and a joiner: a browser keeps those, a different emoji.
    expect(wholeCharactersThatFit(FAMILY, 10)).toBe("");
    expect(wholeCharactersThatFit(`ab${FAMILY}`, 12)).toBe("ab");
    expect(wholeCharactersThatFit(`ab${FAMILY}`, 13)).toBe(`ab${FAMILY}`);
    // Room for one regional indicator: a browser keeps it, and it shows as a lone letter.
    expect(wholeCharactersThatFit(`${FLAG}${FLAG}`, 6)).toBe(FLAG);
    expect(wholeCharactersThatFit(`ok ${THUMBS_UP}`, 5)).toBe("ok ");
    expect(wholeCharactersThatFit(`${RAINBOW_FLAG}!`, 6)).toBe(RAINBOW_FLAG);
  });

  it("keeps what it cuts within the server's limit, counted as the server counts", () => {
    for (const sequence of [FAMILY, FLAG, THUMBS_UP, RAINBOW_FLAG, "a", "😀"]) {
      const fit = wholeCharactersThatFit(sequence.repeat(PERSON_NAME_MAX + 1), PERSON_NAME_MAX);
      expect(fit.length).toBeLessThanOrEqual(PERSON_NAME_MAX);
      expect(personFields.name.safeParse(fit).success).toBe(true);
      expect(fit.length + sequence.length).toBeGreaterThan(PERSON_NAME_MAX);
    }
  });
});

describe("the words when what was typed or pasted did not fit whole", () => {
  it("says the room left and that the rest was not added, short of the limit", () => {
    const kept = "a".repeat(95);
    expect(lengthWords({ ...name(kept), cut: true })).toEqual({
      room: undefined,
      full: "There's room for 5 more characters in a name, so the rest wasn't added. Some emoji count as several characters.",
    });
    expect(lengthWords({ ...name("a".repeat(99)), cut: true }).full).toBe(
      "There's room for 1 more character in a name, so the rest wasn't added. Some emoji count as several characters.",
    );
  });

  it("says the usual words at the limit, and nothing new when nothing was cut", () => {
    expect(lengthWords({ ...name("a".repeat(100)), cut: true }).full).toBe(
      "That's the most a name can hold (100 characters). Anything past that wasn't added.",
    );
    expect(lengthWords({ ...name("a".repeat(95)), cut: false }).full).toBeUndefined();
  });
});

describe("lengthLimit", () => {
  it("limits the box to the server's limit and describes it by only what is shown", () => {
    const far = lengthLimit({ id: "who", ...name("Sam") });
    expect(far.maxLength).toBe(100);
    expect(far.describedBy).toEqual([]);
    expect(lengthLimit({ id: "who", ...name("a".repeat(90)) }).describedBy).toEqual(["who-room"]);
    expect(lengthLimit({ id: "who", ...name("a".repeat(100)) }).describedBy).toEqual(["who-full"]);
  });
});

describe("describedBy", () => {
  it("joins the ids there are, or gives none", () => {
    expect(describedBy("a-hint", undefined, "", "a-full")).toBe("a-hint a-full");
    expect(describedBy(undefined, "")).toBeUndefined();
  });
});

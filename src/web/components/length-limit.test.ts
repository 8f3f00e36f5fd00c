import { describe, expect, it } from "vitest";
import { PERSON_NAME_MAX, personFields } from "../../core/circle/person.schema.js";
import { describedBy, lengthLimit, lengthWords } from "./length-limit.js";

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

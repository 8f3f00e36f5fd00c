import { describe, expect, it } from "vitest";
import {
  actionOn,
  addedWords,
  hiddenWords,
  ideaHint,
  outcomeWords,
  plannedWords,
  savedWords,
  unsavedWords,
} from "./step-words.js";

/** A title ending in RIGHT-TO-LEFT OVERRIDE left open, as pasted or imported. */
const OPEN_OVERRIDE = "Walk\u202E";
/** The same title as the sentence holds it: isolated, its override closed inside. */
const HELD = "\u2068Walk\u202E\u202C\u2069";

describe("the Plan screen's sentences around a step's own words", () => {
  it("read as before for a title with nothing in it that could move the words around it", () => {
    expect(hiddenWords({ title: "Walk" }, true)).toBe(
      "Hidden: Walk. It won't be suggested. You can show it again under Hidden.",
    );
    expect(hiddenWords({ title: "Walk" }, false)).toBe("Walk is back, and can be suggested again.");
    expect(savedWords({ title: "Walk" })).toBe("Saved: Walk.");
    expect(unsavedWords({ title: "Walk" }, false)).toBe("Your changes to Walk aren't saved yet.");
    expect(unsavedWords(undefined, true)).toBe("Your new activity isn't added yet.");
    expect(unsavedWords({ title: "Walk" }, true)).toBe(
      "Your changes to Walk aren't saved yet, and your new activity isn't added yet.",
    );
    expect(addedWords({ title: "Walk", area: "enjoyment" })).toBe(
      "Added: Walk. It's listed under Enjoyment.",
    );
    expect(actionOn("I did it", "Walk")).toBe("I did it: Walk");
    expect(outcomeWords("done", "Walk")).toBe("Marked done: Walk.");
    expect(outcomeWords("let-go", "Call Sam?")).toBe("Let go for now: Call Sam?");
    expect(outcomeWords("planned", "Walk")).toBe("Planned again: Walk.");
  });

  it("keep a title's right-to-left override from turning the words after it around", () => {
    expect(hiddenWords({ title: OPEN_OVERRIDE }, true)).toBe(
      `Hidden: ${HELD}. It won't be suggested. You can show it again under Hidden.`,
    );
    expect(hiddenWords({ title: OPEN_OVERRIDE }, false)).toBe(
      `${HELD} is back, and can be suggested again.`,
    );
    expect(savedWords({ title: OPEN_OVERRIDE })).toBe(`Saved: ${HELD}.`);
    expect(unsavedWords({ title: OPEN_OVERRIDE }, true)).toBe(
      `Your changes to ${HELD} aren't saved yet, and your new activity isn't added yet.`,
    );
    expect(addedWords({ title: OPEN_OVERRIDE, area: "enjoyment" })).toBe(
      `Added: ${HELD}. It's listed under Enjoyment.`,
    );
    expect(actionOn("I did it", OPEN_OVERRIDE)).toBe(`I did it: ${HELD}`);
  });

  it("end a sentence after the isolated title, so a right-to-left title leaves the full stop at the end", () => {
    expect(outcomeWords("done", OPEN_OVERRIDE)).toBe(`Marked done: ${HELD}.`);
    expect(outcomeWords("done", "\u05D4\u05DC\u05D9\u05DB\u05D4")).toBe(
      "Marked done: \u2068\u05D4\u05DC\u05D9\u05DB\u05D4\u2069.",
    );
    expect(outcomeWords("let-go", "\u05DC\u05DB\u05EA?")).toBe(
      "Let go for now: \u2068\u05DC\u05DB\u05EA?\u2069",
    );
  });
});

describe("the status line once a step is planned, and an idea's small print", () => {
  it("read as before for words with nothing in them that could move the words around them", () => {
    expect(plannedWords("Walk", "today")).toBe("Planned: Walk, today.");
    expect(plannedWords(undefined, "tomorrow")).toBe("Planned: your step, tomorrow.");
    expect(ideaHint("Put shoes on", 10)).toBe("First step: Put shoes on · about 10 min");
    expect(ideaHint(null, 10)).toBe("About 10 min");
  });

  it("keep a right-to-left override in the title or the first step from turning the words after it around", () => {
    expect(plannedWords(OPEN_OVERRIDE, "today")).toBe(`Planned: ${HELD}, today.`);
    expect(ideaHint(OPEN_OVERRIDE, 10)).toBe(`First step: ${HELD} · about 10 min`);
  });
});

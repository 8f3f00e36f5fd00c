import { describe, expect, it } from "vitest";
import {
  afterAGapDrafts,
  draftsFor,
  fillDraft,
  signalDrafts,
  signalMessages,
  stepDrafts,
} from "./message-drafts.js";
import { connectionSteps } from "./next-step.js";

const everyTemplate = [
  ...Object.values(stepDrafts).flat(),
  ...Object.values(afterAGapDrafts).flat(),
  ...signalDrafts,
];

describe("message drafts", () => {
  it("offers several drafts for every step on the ladder", () => {
    for (const step of connectionSteps) expect(stepDrafts[step].length).toBeGreaterThanOrEqual(3);
    expect(signalDrafts.length).toBeGreaterThanOrEqual(3);
  });
  it("fills in the name", () => {
    expect(draftsFor("message", "Sam")[0]).toBe(
      "Hi Sam, you popped into my head today. Hope things are OK with you.",
    );
    expect(draftsFor("message", " Sam ").every((d) => !d.includes("{name}"))).toBe(true);
  });
  it("keeps a name's direction controls and right-to-left letters from turning the draft around", () => {
    expect(draftsFor("message", "Dana\u202E")[0]).toBe(
      "Hi \u2068Dana\u202E\u202C\u2069, you popped into my head today. Hope things are OK with you.",
    );
    expect(signalMessages("דנה")[0]).toMatch(/^Hi \u2068דנה\u2069, I've been quiet/);
  });
  it("says it's been a while only when it has, or when when is not known", () => {
    const awhile = /been a while/;
    // Offered for someone written to four days ago, it said something untrue for them to send.
    expect(draftsFor("message", "Maya", "recent").some((d) => awhile.test(d))).toBe(false);
    expect(draftsFor("message", "Maya", "a-while").some((d) => awhile.test(d))).toBe(true);
    expect(draftsFor("message", "Maya", "a-while")).toEqual(
      expect.arrayContaining(draftsFor("message", "Maya", "recent")),
    );
  });
  it("drops the name cleanly when there is none", () => {
    expect(fillDraft("Hi {name}, just saying hello.")).toBe("Hi, just saying hello.");
    expect(fillDraft("Thinking of you, {name}. How are you?", "")).toBe(
      "Thinking of you. How are you?",
    );
    for (const text of signalMessages()) {
      expect(text).not.toMatch(/\{name\}|\s,|\s{2}/);
    }
  });
  it("never pressures, blames or says should", () => {
    for (const text of everyTemplate) {
      expect(text).not.toMatch(/\bshould\b|\bmust\b|\bhave to\b|\byou never\b|\bwhy didn't\b/i);
    }
  });
  it("keeps every draft short enough to send as it is", () => {
    for (const text of everyTemplate) expect(text.length).toBeLessThanOrEqual(200);
  });
  it("says in every signal message that the quiet is not about them", () => {
    const reassuring =
      /not about you|isn't anything you did|not because of you|like hearing from you|I'd really like to see you/;
    for (const text of signalMessages("Alex")) expect(text).toMatch(reassuring);
  });
});

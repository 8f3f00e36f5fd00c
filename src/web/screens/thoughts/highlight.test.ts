import { describe, expect, it } from "vitest";
import { highlightSegments as withOffsets } from "./highlight.js";

const highlightSegments = (...args: Parameters<typeof withOffsets>) =>
  withOffsets(...args).map(({ text, marked }) => ({ text, marked }));

describe("highlightSegments", () => {
  it("marks each span and keeps the words around it", () => {
    expect(highlightSegments("She thinks I'm boring.", [{ start: 0, end: 10 }])).toEqual([
      { text: "She thinks", marked: true },
      { text: " I'm boring.", marked: false },
    ]);
  });

  it("shortens long plain stretches, keeping the words next to the marks", () => {
    const text = `${"a".repeat(200)}never${"b".repeat(200)}`;
    const segments = highlightSegments(text, [{ start: 200, end: 205 }]);
    expect(segments.map((s) => s.marked)).toEqual([false, true, false]);
    expect(segments[0]?.text).toBe(`… ${"a".repeat(60)}`);
    expect(segments[2]?.text).toBe(`${"b".repeat(60)} …`);
  });

  it("cuts a long stretch between words, never inside one", () => {
    const before =
      "On Sunday it rained all morning, so after lunch we walked the long way round the park all through the quiet grey afternoon and then ";
    const after =
      " so I stayed in and watched the rain on the window until it was dark outside again and the street lamps came on one by one";
    const text = `${before}never${after}`;
    const [start, , end] = highlightSegments(text, [
      { start: before.length, end: before.length + 5 },
    ]);
    const words = new Set(text.split(/\s+/));
    const shown = (piece: string | undefined) =>
      (piece ?? "").replace(/…/g, " ").trim().split(/\s+/);
    expect(start?.text.startsWith("…")).toBe(true);
    expect(end?.text.endsWith("…")).toBe(true);
    for (const word of [...shown(start?.text), ...shown(end?.text)]) {
      expect(words.has(word), word).toBe(true);
    }
  });

  it("keeps UTF-16 offsets on emoji and skips spans that overlap or fall outside", () => {
    const text = "😔 I always fail";
    expect(
      highlightSegments(text, [
        { start: 5, end: 11 },
        { start: 6, end: 8 },
        { start: 40, end: 50 },
      ]),
    ).toEqual([
      { text: "😔 I ", marked: false },
      { text: "always", marked: true },
      { text: " fail", marked: false },
    ]);
  });

  it("shows the trap in the sentence that holds it, with the other sentences left out", () => {
    const first = "We went to the shops this morning and it was fine, the queue was short.";
    const second = "Then I thought I always ruin everything.";
    const third = "Later we had tea.";
    const text = `${first} ${second} ${third}`;
    const start = first.length + 1;
    const always = text.indexOf("always");
    expect(
      highlightSegments(
        text,
        [{ start: always, end: always + 6 }],
        [{ start, end: start + second.length }],
      ),
    ).toEqual([
      { text: "… Then I thought I ", marked: false },
      { text: "always", marked: true },
      { text: " ruin everything. …", marked: false },
    ]);
    // Two sentences with the trap, one without between them: that one is left out.
    const never = text.indexOf("queue");
    expect(
      highlightSegments(
        text,
        [
          { start: never, end: never + 5 },
          { start: always, end: always + 6 },
        ],
        [
          { start: 0, end: first.length },
          { start, end: start + second.length },
        ],
      ).map((s) => s.text),
    ).toEqual([
      "We went to the shops this morning and it was fine, the ",
      "queue",
      " was short. Then I thought I ",
      "always",
      " ruin everything. …",
    ]);
  });

  it("never cuts an emoji in half where a long stretch has no space", () => {
    // One letter beside the marked word puts an even cut between an emoji's two halves.
    const text = `${"😔".repeat(70)}xnevery${"😔".repeat(70)}`;
    const start = text.indexOf("never");
    const segments = highlightSegments(text, [{ start, end: start + 5 }]);
    for (const segment of segments) {
      expect(segment.text.replace(/[…\s]/g, "")).toMatch(/^(?:(?:😔)*x?|never|y?(?:😔)*)$/u);
    }
  });
});

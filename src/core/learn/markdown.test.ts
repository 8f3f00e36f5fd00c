import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLesson } from "./lesson.js";
import { parseInline, parseMarkdown } from "./markdown.js";

describe("the lessons' Markdown", () => {
  it("reads bold inside text, and keeps an unpaired marker as written", () => {
    expect(parseInline("a **b** c")).toEqual([
      { text: "a ", strong: false },
      { text: "b", strong: true },
      { text: " c", strong: false },
    ]);
    expect(parseInline("**All** of it")).toEqual([
      { text: "All", strong: true },
      { text: " of it", strong: false },
    ]);
    expect(parseInline("2 ** 3")).toEqual([{ text: "2 ** 3", strong: false }]);
  });

  it("reads headings, paragraphs, both kinds of list, quotes and code", () => {
    const blocks = parseMarkdown(
      [
        "# Title",
        "",
        "One line",
        "and its wrap.",
        "## Part",
        "- a",
        "- **b** c",
        "",
        "1. first",
        "2. second",
        "",
        '> "one"',
        ">",
        "> two",
        "",
        "```text",
        "x = 1",
        "  y = 2",
        "```",
        "<b>not markup</b>",
      ].join("\n"),
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 1, spans: [{ text: "Title", strong: false }] },
      { kind: "paragraph", spans: [{ text: "One line and its wrap.", strong: false }] },
      { kind: "heading", level: 2, spans: [{ text: "Part", strong: false }] },
      {
        kind: "list",
        ordered: false,
        items: [
          [{ text: "a", strong: false }],
          [
            { text: "b", strong: true },
            { text: " c", strong: false },
          ],
        ],
      },
      {
        kind: "list",
        ordered: true,
        items: [[{ text: "first", strong: false }], [{ text: "second", strong: false }]],
      },
      {
        kind: "quote",
        paragraphs: [[{ text: '"one"', strong: false }], [{ text: "two", strong: false }]],
      },
      { kind: "code", text: "x = 1\n  y = 2" },
      // Text, never markup: React shows it as written.
      { kind: "paragraph", spans: [{ text: "<b>not markup</b>", strong: false }] },
    ]);
  });

  it("covers everything every lesson uses: no stray Markdown reaches the reader", () => {
    const dir = new URL("../../../content/lessons/", import.meta.url);
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".md"))) {
      const lesson = parseLesson(readFileSync(new URL(file, dir), "utf8"));
      const blocks = parseMarkdown(lesson.body);
      expect(blocks[0], file).toMatchObject({ kind: "heading", level: 1 });
      for (const block of blocks) {
        const texts =
          block.kind === "paragraph" || block.kind === "heading"
            ? block.spans.map((s) => s.text)
            : block.kind === "list"
              ? block.items.flat().map((s) => s.text)
              : block.kind === "quote"
                ? block.paragraphs.flat().map((s) => s.text)
                : [];
        for (const text of texts) {
          expect(text, file).not.toMatch(/\*\*|^#|^> |\[[^\]]*\]\(|`|(^|\s)_\w/);
        }
      }
    }
  });
});

import { createElement, Fragment, type ReactNode } from "react";
import { type Block, parseMarkdown, type Span } from "../../../core/learn/markdown.js";

// Children are passed as separate arguments to createElement rather than as an array: the
// content is fixed and never reordered, so React needs no keys for it, and none are invented.

function spans(list: readonly Span[]): ReactNode[] {
  return list.map((span) => (span.strong ? createElement("strong", null, span.text) : span.text));
}

function blockElement(block: Block): ReactNode {
  switch (block.kind) {
    case "heading":
      // A lesson's own `#` is the screen's heading, drawn by the screen; `##` and `###` sit below it.
      return createElement(block.level === 3 ? "h3" : "h2", null, ...spans(block.spans));
    case "paragraph":
      return createElement("p", null, ...spans(block.spans));
    case "list":
      return createElement(
        block.ordered ? "ol" : "ul",
        null,
        ...block.items.map((item) => createElement("li", null, ...spans(item))),
      );
    case "quote":
      return createElement(
        "blockquote",
        null,
        ...block.paragraphs.map((paragraph) => createElement("p", null, ...spans(paragraph))),
      );
    case "code":
      return createElement(
        "pre",
        { className: "lesson-code", tabIndex: 0 },
        createElement("code", null, block.text),
      );
  }
}

/**
 * A lesson's Markdown as React elements (see core/learn/markdown.ts for why no library and no
 * raw HTML). The first `#` heading is left out: the screen shows the title as its own heading.
 */
export function Markdown({ source }: { source: string }) {
  const blocks = parseMarkdown(source);
  const body = blocks[0]?.kind === "heading" && blocks[0].level === 1 ? blocks.slice(1) : blocks;
  return createElement(Fragment, null, ...body.map(blockElement));
}

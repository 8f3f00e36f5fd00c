/**
 * The small part of Markdown the lessons use, read into plain data the app renders as React
 * elements: `#`/`##`/`###` headings, paragraphs, `-` and `1.` lists, `>` quotes, fenced code, and
 * `**bold**` inside text.
 *
 * Why not a Markdown library: the lessons are our own files, and this subset is all they need.
 * A library would add weight to the Learn chunk and produce HTML, which would then have to be
 * injected as raw markup. Plain data rendered by React can never inject markup, whatever a
 * lesson contains; the lesson test holds the content to this subset.
 */

export interface Span {
  text: string;
  strong: boolean;
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; spans: Span[] }
  | { kind: "paragraph"; spans: Span[] }
  | { kind: "list"; ordered: boolean; items: Span[][] }
  | { kind: "quote"; paragraphs: Span[][] }
  | { kind: "code"; text: string };

/** `**bold**` and plain text; an unpaired `**` is kept as it is written. */
export function parseInline(text: string): Span[] {
  const spans: Span[] = [];
  const parts = text.split("**");
  // An even number of parts means an odd number of `**`: the last one is unpaired.
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  parts.forEach((part, i) => {
    if (i >= paired) {
      spans.push({ text: `**${part}`, strong: false });
      return;
    }
    if (part !== "") spans.push({ text: part, strong: i % 2 === 1 });
  });
  // Neighbouring plain spans (from an unpaired marker) read better as one.
  return spans.reduce<Span[]>((merged, span) => {
    const last = merged[merged.length - 1];
    if (last && last.strong === span.strong) last.text += span.text;
    else merged.push({ ...span });
    return merged;
  }, []);
}

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^\d+[.)]\s+(.*)$/;
const QUOTE = /^>\s?(.*)$/;
const FENCE = /^```/;

function startsBlock(line: string): boolean {
  return (
    HEADING.test(line) ||
    BULLET.test(line) ||
    NUMBERED.test(line) ||
    QUOTE.test(line) ||
    FENCE.test(line)
  );
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    if (trimmed === "") {
      i += 1;
      continue;
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      const level = Math.min(3, (heading[1] ?? "#").length) as 1 | 2 | 3;
      blocks.push({ kind: "heading", level, spans: parseInline(heading[2] ?? "") });
      i += 1;
      continue;
    }
    if (FENCE.test(trimmed)) {
      const code: string[] = [];
      i += 1;
      while (i < lines.length && !FENCE.test((lines[i] ?? "").trim())) {
        code.push(lines[i] ?? "");
        i += 1;
      }
      i += 1; // the closing fence
      blocks.push({ kind: "code", text: code.join("\n") });
      continue;
    }
    if (QUOTE.test(trimmed)) {
      const paragraphs: string[][] = [[]];
      while (i < lines.length && QUOTE.test((lines[i] ?? "").trim())) {
        const text = (QUOTE.exec((lines[i] ?? "").trim())?.[1] ?? "").trim();
        const current = paragraphs[paragraphs.length - 1];
        if (text === "") paragraphs.push([]);
        else current?.push(text);
        i += 1;
      }
      blocks.push({
        kind: "quote",
        paragraphs: paragraphs.filter((p) => p.length > 0).map((p) => parseInline(p.join(" "))),
      });
      continue;
    }
    const ordered = NUMBERED.test(trimmed);
    if (ordered || BULLET.test(trimmed)) {
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const next = (lines[i] ?? "").trim();
        const item = pattern.exec(next);
        if (item) items.push(item[1] ?? "");
        else if (next !== "" && !startsBlock(next) && items.length > 0) {
          // A wrapped line continues the item above it.
          items[items.length - 1] += ` ${next}`;
        } else break;
        i += 1;
      }
      blocks.push({ kind: "list", ordered, items: items.map(parseInline) });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length) {
      const next = (lines[i] ?? "").trim();
      if (next === "" || (paragraph.length > 0 && startsBlock(next))) break;
      paragraph.push(next);
      i += 1;
    }
    blocks.push({ kind: "paragraph", spans: parseInline(paragraph.join(" ")) });
  }
  return blocks;
}

/**
 * A tiny template language for writing many statements from few lines.
 *
 * `{a|b|c}` picks one of the alternatives (an alternative may be empty, and may hold more
 * braces); `$name` is replaced by one entry of the slot list called `name`, itself a template.
 * Choices come from a seeded generator, so the same seed writes the same statements.
 */

export type Slots = Readonly<Record<string, readonly string[]>>;

export function expand(template: string, slots: Slots, random: () => number): string {
  return fill(template, slots, random)
    .replace(/ {2,}/g, " ")
    .replace(/ ([,.?!])/g, "$1")
    .trim();
}

function fill(template: string, slots: Slots, random: () => number): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c === "{") {
      const close = matchingBrace(template, i);
      const options = splitTop(template.slice(i + 1, close));
      out += fill(pick(options, random), slots, random);
      i = close + 1;
    } else if (c === "$") {
      const match = /^\$([a-z_]+)/.exec(template.slice(i));
      const name = match?.[1];
      const list = name === undefined ? undefined : slots[name];
      if (name === undefined || list === undefined) throw new Error(`unknown slot at: ${template}`);
      out += fill(pick(list, random), slots, random);
      i += name.length + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function pick<T>(list: readonly T[], random: () => number): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("empty choice");
  return item;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`unclosed brace in: ${text}`);
}

/** Splits on the `|` that are not inside nested braces. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}") depth--;
    else if (text[i] === "|" && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

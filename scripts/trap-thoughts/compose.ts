import { mulberry32 } from "../../src/core/seeded-random.js";
import type { TrapId } from "../../src/core/traps/trap-ids.js";
import { trapIds } from "../../src/core/traps/trap-ids.js";
import {
  balancedTemplates,
  contexts,
  slots,
  type Template,
  textingCloser,
  textingOpener,
  trapTemplates,
} from "./templates.js";

/**
 * Expands the hand-written templates into the project's training thoughts. Deterministic: a
 * seeded generator picks slot values and registers, so the same templates always give the same
 * file, byte for byte.
 */

export type Register = "short" | "context-before" | "context-after" | "texting";
const registers: readonly Register[] = ["short", "context-before", "texting", "context-after"];

export interface ComposedThought {
  readonly text: string;
  readonly traps: readonly TrapId[];
  /** Which template the thought came from, so that evaluation can hold whole templates out. */
  readonly template: string;
  readonly register: Register;
  readonly person: "first" | "third";
}

export const PER_TRAP = 160;
export const BALANCED = 1040;

function pick<T>(list: readonly T[], next: () => number): T {
  const value = list[Math.floor(next() * list.length)];
  if (value === undefined) throw new Error("pick from an empty list");
  return value;
}

function fill(text: string, next: () => number): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const values = slots[name];
    if (!values) throw new Error(`template slot {${name}} has no values`);
    return pick(values, next);
  });
}

/** A sentence's first letter in capitals, as it would be written at the start of a thought. */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** How the same thought looks typed quickly on a phone. */
function texting(text: string, next: () => number): string {
  const body = text
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/\byou\b/g, "u")
    .replace(/\bbecause\b/g, "bc")
    .replace(/[.]$/, "")
    .replace(/\. /g, ". ");
  return `${pick(textingOpener, next)}${body}${pick(textingCloser, next)}`;
}

function render(template: Template, register: Register, next: () => number): string {
  const thought = capitalise(fill(template.text, next));
  switch (register) {
    case "short":
      return thought;
    case "context-before":
      return `${pick(contexts, next)} ${thought}`;
    case "context-after":
      return `${thought} ${pick(contexts, next)}`;
    case "texting":
      return texting(thought, next);
  }
}

/**
 * `count` distinct thoughts from `templates`, taken from each template in turn so that no one
 * wording dominates, with the register cycling through short, longer and texting style.
 */
function expand(
  templates: readonly Template[],
  count: number,
  traps: (template: Template) => readonly TrapId[],
  group: string,
  seed: number,
): ComposedThought[] {
  const next = mulberry32(seed);
  const seen = new Set<string>();
  const out: ComposedThought[] = [];
  let attempts = 0;
  for (let i = 0; out.length < count; i++) {
    if (++attempts > count * 50) throw new Error(`${group}: templates too few for ${count}`);
    const index = i % templates.length;
    const template = templates[index];
    if (!template) continue;
    const register = registers[Math.floor(i / templates.length) % registers.length] ?? "short";
    const text = render(template, register, next);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({
      text,
      traps: traps(template),
      template: `${group}/${index}`,
      register,
      person: template.third ? "third" : "first",
    });
  }
  return out;
}

/** Every project-written thought: `PER_TRAP` for each trap, then `BALANCED` with no trap. */
export function composeThoughts(): ComposedThought[] {
  const out: ComposedThought[] = [];
  trapIds.forEach((trap, t) => {
    const own = (template: Template): TrapId[] => [
      trap,
      ...(template.also ?? []).filter((id) => id !== trap),
    ];
    out.push(...expand(trapTemplates[trap], PER_TRAP, own, trap, 9100 + t));
  });
  out.push(...expand(balancedTemplates, BALANCED, () => [], "balanced", 9000));
  return out;
}

/** The thoughts as JSON lines, the format of the training file. */
export function thoughtsJsonl(thoughts: readonly ComposedThought[]): string {
  return thoughts.map((thought) => `${JSON.stringify(thought)}\n`).join("");
}

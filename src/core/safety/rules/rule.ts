/**
 * What a rule is and how one is written.
 *
 * Rule sources are written in ordinary spelling ("can't", "better off", "kill myself") and pass
 * through the same squeeze as the text, so the two always agree. Words are separated by a single
 * space. Guards are tested on the normalized text just before or just after a match.
 */
import { firstWordStarts, requiredWordStarts } from "./gate.js";

/**
 * What a clinician screens for, after the Columbia Suicide Severity Rating Scale: every rule
 * belongs to one, so every flag can say why it was raised.
 */
export type CrisisCategory =
  | "wish-to-be-dead"
  | "suicidal-thoughts"
  | "method"
  | "intent"
  | "plan"
  | "self-harm"
  | "farewell"
  | "burden";

export function squeezeSource(source: string): string {
  let out = "";
  let previous = "";
  for (let i = 0; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === "\\") {
      out += ch + source.charAt(i + 1);
      i += 1;
      previous = "";
    } else if (ch === "'" || ch === "’") {
      // Apostrophes vanish from the text, so they vanish from rules too.
    } else if (ch >= "a" && ch <= "z") {
      if (ch !== previous) out += ch;
      previous = ch;
    } else {
      out += ch;
      previous = "";
    }
  }
  return out;
}

export interface Rule {
  /** What the rule screens for, reported with every match. */
  readonly category: CrisisCategory;
  readonly re: RegExp;
  /** The same pattern, sticky, tried only at the word starts listed in `starts`. */
  readonly sticky: RegExp;
  readonly starts: readonly number[] | undefined;
  /** Word starts the text must hold for the rule to have any chance: see `requiredWordStarts`. */
  readonly gate: readonly (readonly number[])[];
  /** Tested against the text before the match; must be anchored with `$`. */
  readonly notBefore: RegExp | undefined;
  /** Tested against the text after the match; must be anchored with `^`. */
  readonly notAfter: RegExp | undefined;
  /** Whether "not", "never", "don't" just before the match cancel it. */
  readonly negatable: boolean;
  /** When set, the text before the match must show this, or the match is only an idiom. */
  readonly requireBefore: RegExp | undefined;
  /**
   * When set, words like these must be near the match (see `CONTEXT_WINDOW` in guards.ts): for
   * phrases that are crisis only beside other crisis words ("doing it before my dad gets home",
   * "I've got my pills and my wine").
   */
  readonly context: RegExp | undefined;
}

export interface RuleOptions {
  requireBefore?: string;
  notBefore?: string;
  notAfter?: string;
  negatable?: boolean;
  context?: string;
}

function rule(category: CrisisCategory, source: string, options: RuleOptions = {}): Rule {
  const squeezed = squeezeSource(source);
  return {
    category,
    re: new RegExp(squeezed, "g"),
    sticky: new RegExp(squeezed, "y"),
    starts: firstWordStarts(squeezed),
    // A rule that needs context words can only match when the text holds some of them, so the
    // context's words join the gate: most notes then skip the rule without running it.
    gate: options.context
      ? [...requiredWordStarts(squeezed), ...requiredWordStarts(squeezeSource(options.context))]
      : requiredWordStarts(squeezed),
    // Grouped, so the anchor holds for every alternative of a guard built from several lists.
    notBefore: options.notBefore
      ? new RegExp(`(?:${squeezeSource(options.notBefore)})$`)
      : undefined,
    notAfter: options.notAfter ? new RegExp(`^(?:${squeezeSource(options.notAfter)})`) : undefined,
    negatable: options.negatable ?? true,
    requireBefore: options.requireBefore
      ? new RegExp(squeezeSource(options.requireBefore))
      : undefined,
    context: options.context ? new RegExp(squeezeSource(options.context)) : undefined,
  };
}

/** The rule builder for one category, so a lexicon file names its category once. */
export function ruleFor(category: CrisisCategory): (source: string, options?: RuleOptions) => Rule {
  return (source, options) => rule(category, source, options);
}

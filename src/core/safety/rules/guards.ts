/**
 * Guards applied to every match: a denial just before the words, and each rule's own narrow
 * "not before" / "not after" idioms. The idiom word lists themselves live in `idioms.ts`.
 */
import { type Rule, squeezeSource } from "./rule.js";

/**
 * "I'm not suicidal", "I would never kill myself", "I don't want to die": a denial just before
 * the words. The words allowed between the denial and the match are only those that keep it a
 * denial ("I don't really want to die"); anything else ("I don't know why I want to die") leaves
 * the match standing.
 */
const NEGATION = new RegExp(
  squeezeSource(
    "(?:^|[ .])(?:not|never|dont|didnt|doesnt|isnt|arent|wasnt|werent|wont|wouldnt|shouldnt|havent|hasnt|hadnt|aint|no longer)(?: (?:really|actually|even|ever|currently|seriously|honestly|truly|gonna|gona|going|to|want|wanna|wana|wanted|wanting|plan|planning|intend|try|trying|tried|need|have|had|be|been|being|feel|felt|feeling|like|think|thought|thinking|i|im|am|was|were|about|of|considering|considered|consider|do|doing|at all|in any way))* $",
  ),
);

/** "I can not stop thinking about dying": "can not" is not a denial. */
const CAN_NOT = new RegExp(squeezeSource("(?:^|[ .])(?:can|could) not(?: [a-z]+){0,6} $"));

const BEFORE_WINDOW = 72;
const AFTER_WINDOW = 96;
/** How far either side of a match a rule's `context` words may be: a few sentences. */
const CONTEXT_WINDOW = 320;

/**
 * Why a match does not count, or undefined when it does. "cleared": a denial, an idiom or
 * someone else's words, so the words themselves were read and judged not a crisis. "unsure": a
 * weak phrase without the words it needs beside it, which says nothing either way.
 */
export type Guard = "cleared" | "unsure" | undefined;

export function guardOf(rule: Rule, text: string, start: number, end: number): Guard {
  const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
  if (rule.negatable && NEGATION.test(before) && !CAN_NOT.test(before)) return "cleared";
  if (rule.notBefore?.test(before)) return "cleared";
  if (rule.notAfter?.test(text.slice(end, end + AFTER_WINDOW))) return "cleared";
  if (rule.requireBefore && !rule.requireBefore.test(before)) return "unsure";
  if (rule.context) {
    // The match's own words do not count: "a new rope" needs more than the rope.
    const near = `${text.slice(Math.max(0, start - CONTEXT_WINDOW), start)} ${text.slice(end, end + CONTEXT_WINDOW)}`;
    if (!rule.context.test(near)) return "unsure";
  }
  return undefined;
}

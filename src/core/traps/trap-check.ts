import { z } from "zod";
import { detectCrisisLanguage } from "../safety/crisis-language.js";
import { wellFormedText } from "../text/well-formed.js";
import { detectTraps, type TrapSuggestion } from "./detect-traps.js";
import type { TriadTag } from "./triad.js";

export const THOUGHT_MAX_LENGTH = 5000;

export const thoughtTextSchema = wellFormedText({ message: "must be text" })
  .max(THOUGHT_MAX_LENGTH, { message: `must be at most ${THOUGHT_MAX_LENGTH} characters` })
  .refine((text) => text.trim() !== "", { message: "must not be empty" });

export const trapCheckRequestSchema = z.strictObject({ text: thoughtTextSchema });

export interface TrapCheck {
  traps: TrapSuggestion[];
  triad: TriadTag[];
  /** True when the text has crisis language: the crisis card must be shown with the traps. */
  crisis: boolean;
}

/** The thinking traps in a thought, and whether it also carries crisis language. */
export function checkThought(text: string): TrapCheck {
  const { traps, triad } = detectTraps(text);
  return { traps, triad, crisis: detectCrisisLanguage(text).crisis };
}

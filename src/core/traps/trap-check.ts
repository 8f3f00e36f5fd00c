import { z } from "zod";
import { detectCrisisLanguage } from "../safety/crisis-language.js";
import { detectTraps, type TrapSuggestion } from "./detect-traps.js";
import { thoughtTextSchema } from "./thought-text.js";
import type { TriadTag } from "./triad.js";

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

/**
 * Every rule, by category. To add a phrase, find its category's file and add a `rule(...)`
 * there; nothing else needs to change.
 */
import type { Rule } from "../rule.js";
import { burden } from "./burden.js";
import { farewell } from "./farewell.js";
import { intent } from "./intent.js";
import { method } from "./method.js";
import { plan } from "./plan.js";
import { selfHarm } from "./self-harm.js";
import { suicidalThoughts } from "./suicidal-thoughts.js";
import { wishToBeDead } from "./wish-to-be-dead.js";

export const RULES: readonly Rule[] = [
  ...suicidalThoughts,
  ...wishToBeDead,
  ...intent,
  ...method,
  ...plan,
  ...selfHarm,
  ...farewell,
  ...burden,
];

import { wellFormedText } from "../text/well-formed.js";

export const THOUGHT_MAX_LENGTH = 5000;

/**
 * A thought as a person writes it. Apart from the trap check, so that what only validates a
 * thought (a thought record's schema, the screen listing records) never loads the trap model
 * and the crisis-language rules with it.
 */
export const thoughtTextSchema = wellFormedText({ message: "must be text" })
  .max(THOUGHT_MAX_LENGTH, { message: `must be at most ${THOUGHT_MAX_LENGTH} characters` })
  // Said twice on purpose: min(1) is what the published export schema (JSON Schema) can say,
  // the refine is the full rule (spaces only are empty too), checked on every route and import.
  .min(1, { message: "must not be empty" })
  .refine((text) => text.trim() !== "", { message: "must not be empty" });

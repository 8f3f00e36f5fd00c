import { z } from "zod";
import { SHOWS_NOTHING, shownOrAbsent, showsAnything } from "../text/visible.js";
import { wellFormedText } from "../text/well-formed.js";

/** How someone likes to be reached; "any" when they are happy with whatever you manage. */
export const contactPreferences = [
  "message",
  "voice-note",
  "call",
  "video",
  "in-person",
  "any",
] as const;
export type ContactPreference = (typeof contactPreferences)[number];

/** A year is the longest gap a person can choose; past that, "now and then" is the honest answer. */
export const WANTED_EVERY_DAYS_MAX = 365;

/**
 * The most characters (code points, as zod counts) a name and "how you know them" may hold. Plain
 * numbers, so a screen draws a box's limit from here without building a schema.
 */
export const PERSON_NAME_MAX = 100;
export const RELATIONSHIP_MAX = 100;

const wantedMessage = `wantedEveryDays must be a whole number of days from 1 to ${WANTED_EVERY_DAYS_MAX}`;

/**
 * The rules for each field of someone in the circle: the routes check what a person sends with
 * them, and the export schema checks an imported person with the very same ones.
 */
export const personFields = {
  name: wellFormedText({ error: "name must be text" })
    .trim()
    .min(1, { error: "name must not be empty" })
    .max(PERSON_NAME_MAX, { error: `name must be at most ${PERSON_NAME_MAX} characters` })
    .refine(showsAnything, { error: `name ${SHOWS_NOTHING}` }),
  /** How you know them, in your words: "sister", "old friend from work". */
  relationship: wellFormedText({ error: "relationship must be text" })
    .trim()
    .max(RELATIONSHIP_MAX, {
      error: `relationship must be at most ${RELATIONSHIP_MAX} characters`,
    }),
  contactPreference: z.enum(contactPreferences, {
    error: `contactPreference must be one of ${contactPreferences.join(", ")}`,
  }),
  /** How often you would like to be in touch, in days. */
  wantedEveryDays: z
    .number({ error: wantedMessage })
    .int({ error: wantedMessage })
    .min(1, { error: wantedMessage })
    .max(WANTED_EVERY_DAYS_MAX, { error: wantedMessage }),
};

/**
 * How you know someone, as it is kept by the routes and an import alike: words that show nothing
 * (a zero-width space, a lone accent) are none, as an empty one is, so the circle never shows a
 * blank line under a name.
 */
export function keptRelationship(relationship: string): string {
  return shownOrAbsent(relationship) ?? "";
}

/** What a person sends to add someone to their circle or change them. */
export const personInputSchema = z.strictObject(personFields);
export type PersonInput = z.infer<typeof personInputSchema>;

/** Someone in the circle, as stored and returned. */
export const personSchema = z.strictObject({ id: z.string().min(1).max(100), ...personFields });
export type Person = z.infer<typeof personSchema>;

/** Someone in the circle as read back: texts as stored, since an accepted row must stay readable. */
export const storedPersonSchema = z.strictObject({
  ...personFields,
  id: z.string().min(1),
  name: z.string(),
  relationship: z.string(),
});

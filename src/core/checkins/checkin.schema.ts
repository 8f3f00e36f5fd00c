import { z } from "zod";
import { isLocalDate, LOCAL_DATE_RULE } from "../dates/local-date.js";
import { lazySchema } from "../schema/lazy-schema.js";
import { SHOWS_NOTHING, showsAnything } from "../text/visible.js";
import { wellFormedText } from "../text/well-formed.js";

// Each schema is built the first time it is used, not when this file loads (lazySchema): the
// check-in screen's script defines every one of them but parses only a few, after its first paint.

/** Longest note a person can keep with a day; long enough for a paragraph, short enough to stay a note. */
export const NOTE_MAX_LENGTH = 2000;

/** The most characters (code points, as zod counts) a name typed for a connection may hold. */
export const CONNECTION_NAME_MAX = 100;

export const localDateSchema = lazySchema(() =>
  z.string({ error: LOCAL_DATE_RULE }).refine(isLocalDate, { message: LOCAL_DATE_RULE }),
);

const scale = lazySchema(() =>
  z
    .number({ message: "must be a number from 0 to 10" })
    .int({ message: "must be a whole number from 0 to 10" })
    .min(0, { message: "must be from 0 to 10" })
    .max(10, { message: "must be from 0 to 10" }),
);

export const connectionModes = ["message", "call", "video", "in-person"] as const;
export type ConnectionMode = (typeof connectionModes)[number];

export const connectionSchema = lazySchema(() =>
  z.strictObject({
    personId: wellFormedText().min(1).max(100).optional(),
    // Refused rather than left out: a name typed is meant to say who, and one that shows nothing
    // (a zero-width space, a lone accent) read back as a blank where the name should be.
    name: wellFormedText()
      .trim()
      .min(1, { message: "must not be empty" })
      .max(CONNECTION_NAME_MAX)
      .refine(showsAnything, { message: SHOWS_NOTHING })
      .optional(),
    mode: z.enum(connectionModes, {
      message: "must be one of message, call, video, in-person",
    }),
    felt: z
      .number({ message: "must be a number from -2 to 2" })
      .int({ message: "must be a whole number from -2 to 2" })
      .min(-2, { message: "must be from -2 to 2" })
      .max(2, { message: "must be from -2 to 2" })
      .optional(),
  }),
);
export type Connection = z.infer<typeof connectionSchema>;

/** A connection as read back: texts as stored, since an accepted row must stay readable. */
export const storedConnectionSchema = lazySchema(() =>
  connectionSchema.extend({
    personId: z.string().optional(),
    name: z.string().optional(),
  }),
);

/**
 * True for 7, 6.5 or 7.25; false for 7.333 or 1e-320. A number so small that neither database
 * can hold it (PostgreSQL refuses it, SQLite keeps it) is refused here, so both answer alike,
 * and what is stored always reads back as sent.
 */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.round(value * 100) / 100 === value;
}

/** What a person sends for one day. Unknown fields are refused so a typo never silently drops data. */
export const checkinInputSchema = lazySchema(() =>
  z.strictObject({
    mood: scale,
    energy: scale.optional(),
    enjoyment: scale.optional(),
    rumination: scale.optional(),
    burden: scale.optional(),
    sleepHours: z
      .number({ message: "must be a number of hours from 0 to 24" })
      .min(0, { message: "must be from 0 to 24" })
      .max(24, { message: "must be from 0 to 24" })
      .refine(hasAtMostTwoDecimals, { message: "must have at most two decimal places, like 6.5" })
      .optional(),
    connections: z
      .array(connectionSchema)
      .max(50, { message: "at most 50 connections a day" })
      .optional(),
    note: wellFormedText()
      .max(NOTE_MAX_LENGTH, { message: `must be at most ${NOTE_MAX_LENGTH} characters` })
      .optional(),
  }),
);
export type CheckinInput = z.infer<typeof checkinInputSchema>;

/** A stored check-in as the API returns it. */
export const checkinSchema = lazySchema(() =>
  checkinInputSchema.extend({
    date: localDateSchema,
    // As stored: a name saved before a rule was tightened must not make the day unreadable.
    connections: z.array(storedConnectionSchema),
    updatedAt: z.string(),
  }),
);
export type Checkin = z.infer<typeof checkinSchema>;

export const checkinListSchema = lazySchema(() => z.object({ checkins: z.array(checkinSchema) }));

/** `GET /api/checkins/span`: the first and last check-in dates, null with none. */
export const checkinSpanSchema = lazySchema(() =>
  z.object({
    first: localDateSchema.nullable(),
    last: localDateSchema.nullable(),
  }),
);
export type CheckinSpan = z.infer<typeof checkinSpanSchema>;

/** The scale questions of the daily check-in, with the plain words at each end. */
export const checkinScales = [
  { key: "mood", label: "Mood", low: "Very low", high: "Very good" },
  { key: "energy", label: "Energy", low: "None at all", high: "Plenty" },
  { key: "enjoyment", label: "Enjoyment", low: "Nothing felt good", high: "Enjoyed things" },
  { key: "rumination", label: "Stuck in repeating thoughts", low: "Not at all", high: "All day" },
  { key: "burden", label: "Feeling like a burden", low: "Not at all", high: "Very much" },
] as const satisfies readonly {
  key: keyof CheckinInput;
  label: string;
  low: string;
  high: string;
}[];

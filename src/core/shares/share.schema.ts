import { z } from "zod";
import { SHOWS_NOTHING, shownOrAbsent, showsAnything } from "../text/visible.js";
import { wellFormedText } from "../text/well-formed.js";

/** How the member's energy is this week, in the three words a supporter reads. */
export const SHARE_ENERGIES = ["low", "some", "okay"] as const;
export type ShareEnergy = (typeof SHARE_ENERGIES)[number];

export const SHARE_CONTACT_MAX_LENGTH = 200;
export const SHARE_MESSAGE_MAX_LENGTH = 500;
/** "For Mum", "Sam from work": a name for the link that only its maker ever sees. */
export const SHARE_LABEL_MAX_LENGTH = 100;
export const SHARE_DEFAULT_DAYS = 30;
export const SHARE_MAX_DAYS = 365;
/** A card's day: its life is counted in whole days of this length from the moment it is made. */
export const SHARE_DAY_MS = 86_400_000;

/** One-tap contact wishes the share screen offers; the member may also write their own. */
export const CONTACT_SUGGESTIONS = [
  "Texts welcome, calls are hard",
  "No need to reply quickly",
  "A short call is okay",
  "Please keep inviting me, even if I say no",
] as const;

export const shareEnergySchema = z.enum(SHARE_ENERGIES, {
  message: "must be one of low, some, okay",
});

/**
 * What the card says about reaching the member; the routes and an import check it alike. One of
 * only a zero-width space or a lone accent passed "must not be empty" and opened a supporter's
 * card with nothing under "How to reach me".
 */
export const shareContactSchema = wellFormedText()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(SHARE_CONTACT_MAX_LENGTH, {
    message: `must be at most ${SHARE_CONTACT_MAX_LENGTH} characters`,
  })
  .refine(showsAnything, { message: SHOWS_NOTHING });

export const shareMessageSchema = wellFormedText()
  .trim()
  .max(SHARE_MESSAGE_MAX_LENGTH, {
    message: `must be at most ${SHARE_MESSAGE_MAX_LENGTH} characters`,
  });

/**
 * A card's message as it is kept, by the routes and an import alike: one that shows nothing
 * (empty, a zero-width space) is no message, so the card never shows an empty quote.
 */
export function keptMessage(message: string | null | undefined): string | null {
  return shownOrAbsent(message) ?? null;
}

/**
 * A card's label as it is kept, by the routes and an import alike: one that shows nothing (empty,
 * a zero-width space) is no label, so the list never names a card with a blank.
 */
export function keptLabel(label: string | null | undefined): string | null {
  return shownOrAbsent(label) ?? null;
}

/** Whom a card is for, in its maker's words; the routes and an import check it alike. */
export const shareLabelSchema = wellFormedText()
  .trim()
  .max(SHARE_LABEL_MAX_LENGTH, { message: `must be at most ${SHARE_LABEL_MAX_LENGTH} characters` });

/** How many days a new card lives: the cap that keeps a link from outliving what was promised. */
export const shareDaysSchema = z
  .number({ message: `must be a whole number of days from 1 to ${SHARE_MAX_DAYS}` })
  .int({ message: `must be a whole number of days from 1 to ${SHARE_MAX_DAYS}` })
  .min(1, { message: `must be from 1 to ${SHARE_MAX_DAYS} days` })
  .max(SHARE_MAX_DAYS, { message: `must be from 1 to ${SHARE_MAX_DAYS} days` });

/** `POST /api/shares`. Unknown fields are refused, so nothing is shared by a typo. */
export const shareCreateSchema = z.strictObject({
  energy: shareEnergySchema,
  contact: shareContactSchema,
  message: shareMessageSchema.optional(),
  label: shareLabelSchema.optional(),
  showSteps: z.boolean({ message: "must be true or false" }).optional(),
  expiresInDays: shareDaysSchema.optional(),
});
export type ShareCreate = z.infer<typeof shareCreateSchema>;

/**
 * Whether a card lives, from when it was made to when it ends, as long as a card made by
 * `POST /api/shares` can: `shareDaysSchema` must take its life rounded both down and up, so one
 * moment short of a day or past the cap is refused. False when either time is unreadable.
 */
export function livesAsMade(createdAt: string, expiresAt: string): boolean {
  const days = (Date.parse(expiresAt) - Date.parse(createdAt)) / SHARE_DAY_MS;
  return [Math.floor(days), Math.ceil(days)].every(
    (whole) => shareDaysSchema.safeParse(whole).success,
  );
}

/**
 * `PATCH /api/shares/{id}`: what the card shows. `message: ""` clears the message and `label: ""`
 * the label. The expiry is
 * not changed here: a longer life is a new link, so an old link never lives longer than promised.
 */
export const shareUpdateSchema = z
  .strictObject({
    energy: shareEnergySchema.optional(),
    contact: shareContactSchema.optional(),
    message: shareMessageSchema.optional(),
    label: shareLabelSchema.optional(),
    showSteps: z.boolean({ message: "must be true or false" }).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change at least one thing" });
export type ShareUpdate = z.infer<typeof shareUpdateSchema>;

/** A card as the member sees it in the app: never the token, which only creating it reveals. */
export const shareSchema = z.object({
  id: z.string(),
  energy: shareEnergySchema,
  contact: z.string(),
  message: z.string().optional(),
  /** Who the link is for, in the maker's words; never on the page the link opens. */
  label: z.string().optional(),
  showSteps: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().optional(),
  /** True while the link still opens the card: not revoked and not expired. */
  active: z.boolean(),
});
export type Share = z.infer<typeof shareSchema>;

/** The answer to creating a card: the one time its address is told. */
export const createdShareSchema = shareSchema.extend({ url: z.string() });
export type CreatedShare = z.infer<typeof createdShareSchema>;

/**
 * Where a link made here can be opened. `publicUrl` is the configured public address links are
 * built on (null: the address in the browser). `onlyThisComputer`: Reconnect listens only on
 * this computer's own address and has no public one, so a link opens nowhere else.
 */
export const shareLinksSchema = z.object({
  publicUrl: z.string().nullable(),
  onlyThisComputer: z.boolean(),
});
export type ShareLinks = z.infer<typeof shareLinksSchema>;

export const shareListSchema = z.object({
  shares: z.array(shareSchema),
  links: shareLinksSchema,
});

/** What a supporter reads for each energy word: plain, and with no score behind it. */
export const ENERGY_WORDS: Record<ShareEnergy, string> = {
  low: "Low energy this week",
  some: "Some energy this week",
  okay: "Okay energy this week",
};

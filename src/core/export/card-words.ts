import type { ExportDocument } from "./export-document.schema.js";

/** What a file's active card with no contact is told: the route never makes or keeps one. */
export const ACTIVE_CARD_CONTACT =
  "must not be empty while the card is active: only an ended card's words are forgotten";

/**
 * The file's share cards that are still active and yet have an empty contact, by JSON path. A
 * card's words are forgotten (its contact kept as "") only once it has ended, and the share
 * route refuses an empty contact, so such a card would open on a supporter's screen saying
 * nothing about how to reach the person. Ended means revoked, or expired by when the file was
 * written or by `now`: a card can end, and have its words forgotten, while an export is read.
 */
export function emptyActiveCards(
  doc: Pick<ExportDocument, "exportedAt" | "shares">,
  now: string,
): Record<string, string> {
  const endedBy = Math.max(Date.parse(doc.exportedAt), Date.parse(now));
  const found: Record<string, string> = {};
  doc.shares.forEach((share, index) => {
    const ended = share.revokedAt !== null || Date.parse(share.expiresAt) <= endedBy;
    if (!ended && share.contact === "") found[`shares.${index}.contact`] = ACTIVE_CARD_CONTACT;
  });
  return found;
}

import { z } from "zod";
import { SHARE_ENERGIES, type Share } from "../../core/shares/share.schema.js";
import type { ShareRow } from "./share.table.js";

// Parsed, not cast: a row is only trusted as far as its shape checks out.
const energyColumn = z.enum(SHARE_ENERGIES);

/** Whether the link still opens the card at `now`. Expiry is exclusive: at `expires_at` it is gone. */
export function isActive(row: Pick<ShareRow, "revoked_at" | "expires_at">, now: string): boolean {
  return row.revoked_at === null && now < row.expires_at;
}

/** The card as the member sees it in the app. Never carries the token or its hash. */
export function shareFromRow(row: ShareRow, now: string): Share {
  const share: Share = {
    id: row.id,
    energy: energyColumn.parse(row.energy),
    contact: row.contact,
    showSteps: row.show_steps === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
    active: isActive(row, now),
  };
  if (row.message !== null) share.message = row.message;
  if (row.label !== null) share.label = row.label;
  if (row.revoked_at !== null) share.revokedAt = row.revoked_at;
  return share;
}

/** What a supporter may see on the public page: only what the member chose, nothing else. */
export interface PublicCard {
  energy: Share["energy"];
  contact: string;
  message?: string;
  /** Present only when the member chose to show it. */
  steps?: number;
  expiresAt: string;
}

import type { CardWords } from "../../../core/shares/card-message.js";
import type { Share, ShareEnergy } from "../../../core/shares/share.schema.js";
import { showsAnything } from "../../../core/text/visible.js";

// A share card as the person edits it, and what is checked before it goes to the server.

export interface CardDraft {
  energy: ShareEnergy | null;
  contact: string;
  message: string;
  label: string;
  showSteps: boolean;
}

export function wordsOf(share: Share): CardWords {
  return { energy: share.energy, contact: share.contact, message: share.message };
}

/** Checked here too, so the person hears what is missing without waiting for the server. */
export function localErrors(draft: CardDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.energy === null) errors.energy = "Choose how your energy is this week.";
  // As the server: words of only a zero-width space or a lone accent tell a supporter nothing.
  if (!showsAnything(draft.contact)) errors.contact = "Choose or write how people can reach you.";
  return errors;
}

import { ENERGY_WORDS, type ShareEnergy } from "./share.schema.js";

export interface CardWords {
  energy: ShareEnergy;
  contact: string;
  message?: string | undefined;
}

/**
 * A card's words as plain text to paste into any messenger, for when a link cannot reach the
 * other person. In the first person, since the member sends it themselves; no link, no numbers.
 */
export function cardAsMessage(card: CardWords): string {
  const lines = [
    "How I'm doing this week:",
    `${ENERGY_WORDS[card.energy]}.`,
    `How to reach me right now: ${withStop(card.contact.trim())}`,
  ];
  const message = card.message?.trim();
  if (message) lines.push("", message);
  return lines.join("\n");
}

/** A sentence ends with its own mark, or a full stop when it has none. */
function withStop(text: string): string {
  return /[.!?…)]$/.test(text) ? text : `${text}.`;
}

/**
 * The address of a share page: on the configured public address when there is one (keeping any
 * path it has, for a Reconnect behind a proxy under a folder), else the path alone, which the
 * browser completes with the address it opened.
 */
export function shareAddress(path: string, publicUrl: string | null | undefined): string {
  if (!publicUrl) return path;
  return `${publicUrl.replace(/\/+$/, "")}${path}`;
}

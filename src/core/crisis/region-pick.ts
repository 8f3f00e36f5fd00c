// No zod here: the page's entry uses it for the first frame's help, before the app has loaded.

/** The code shown for a region nobody has compiled numbers for. */
export const INTERNATIONAL = "INTL";

/** A bare language ("de", "fr", "nl") and the country where it is the main one we list. */
const bareLanguage = new Map([
  ["de", "DE"],
  ["fr", "FR"],
  ["nl", "NL"],
]);

/**
 * Picks a region from language tags such as `en-GB` or an Accept-Language header, among the
 * regions with numbers (`known`). A bare language ("de", "fr", "nl") maps to the country where
 * that language is the main one we list.
 */
export function pickRegion(tags: readonly string[], known: { has(code: string): boolean }): string {
  for (const tag of tags) {
    const parts = tag.trim().split(/[-_]/);
    const country = parts.find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    if (country && known.has(country)) return country;
    const language = parts[0]?.toLowerCase() ?? "";
    const guess = bareLanguage.get(language);
    if (!country && guess) return guess;
  }
  return INTERNATIONAL;
}

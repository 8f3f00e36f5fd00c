/**
 * The device's caches, by what they hold. Only `PERSONAL_CACHE` holds anything of the person's
 * own, and signing out deletes it; the others hold the app itself and the crisis page.
 */
export const CRISIS_CACHE = "reconnect-crisis";
export const PERSONAL_CACHE = "reconnect-personal";

/** The crisis page and its one stylesheet: everything "Get help now" needs with no network. */
export const CRISIS_PATHS = ["/crisis", "/crisis.css"] as const;

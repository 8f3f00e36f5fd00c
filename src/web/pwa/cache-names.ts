/**
 * The device's caches, by what they hold. Only `PERSONAL_CACHE` holds anything of the person's
 * own, and signing out deletes it; the others hold the app itself and the crisis page.
 */
export const CRISIS_CACHE = "reconnect-crisis";
export const PERSONAL_CACHE = "reconnect-personal";
/**
 * When the personal copies were last let go, as a time and nothing else: every tab of the browser
 * reads it, so an answer one tab asked for before another tab let the copies go is not kept.
 */
export const CLEARED_CACHE = "reconnect-copies-cleared";

/**
 * The crisis page and its one stylesheet, everything "Get help now" needs with no network, and
 * the region's lines as the app's crisis card and help sheet ask for them (nobody's own data:
 * the same for everyone whose browser names that region), so offline the card lists them too.
 */
export const CRISIS_PATHS = ["/crisis", "/crisis.css", "/api/crisis-resources"] as const;

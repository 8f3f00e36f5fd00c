import { crisisPageFrom } from "../../../core/crisis/return-path.js";
import { usePath } from "../../app/router.js";

/**
 * The crisis page's address from the screen showing now, for every link to it inside the app (the
 * header's "Get help now", a crisis card's, item 9's, a heavy day's): its "Back to Reconnect" then
 * returns to this screen, where a draft waits, not to the check-in screen.
 */
export function useCrisisPageHref(): string {
  return crisisPageFrom(usePath());
}

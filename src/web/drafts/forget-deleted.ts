import { api } from "../api/reconnect.js";
import { draftItems, removeDraftsNotIn } from "./draft-store.js";
import { isNewItem } from "./new-draft.js";

/** Who the session cookie names now, or null for nobody. */
async function signedInNow(): Promise<string | null> {
  const session = await api.session();
  return session.user?.id ?? null;
}

/**
 * Lets go of `owner`'s drafts on `screens` for items not in `existing`: things deleted on another
 * device, whose drafts nothing here opens again. `existing` is the list the server just gave,
 * which is the list of whoever the session cookie names now; `owner` is who this tab believes is
 * signed in. Those differ when this tab's session ran out and someone else signed in from another
 * tab, and the other person's list must never decide which of `owner`'s words are kept. So only
 * when some draft would go is the server asked who is signed in, and nothing goes unless it is
 * `owner`. Any doubt (no answer, nobody signed in) keeps the drafts: a stale draft costs a
 * warning at sign-out, a wrongly removed one costs the person's words. A new thing's draft (see
 * new-draft.ts) belongs to nothing saved, and is never let go here, whatever the list says.
 */
export async function forgetDraftsOfDeleted(
  owner: string,
  screens: readonly string[],
  existing: Iterable<string>,
  whoIsSignedIn: () => Promise<string | null> = signedInNow,
): Promise<void> {
  const keep = new Set(existing);
  const stale = screens.filter((screen) =>
    draftItems(screen, owner).some((item) => !keep.has(item) && !isNewItem(item)),
  );
  if (stale.length === 0) return;
  let signedIn: string | null;
  try {
    signedIn = await whoIsSignedIn();
  } catch {
    return;
  }
  if (signedIn !== owner) return;
  for (const screen of stale) {
    removeDraftsNotIn(screen, owner, [
      ...keep,
      ...draftItems(screen, owner).filter((item) => isNewItem(item)),
    ]);
  }
}

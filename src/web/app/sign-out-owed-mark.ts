/**
 * The rules of the mark left when someone signed out while the server could not be reached
 * (`reconnect:sign-out-owed`, see pending-sign-out.ts), apart from the storage that holds it.
 *
 * The mark names the account that signed out, by its id and nothing else of the person's: on a
 * shared browser another person may be signed in in another tab by then, and the mark is not
 * theirs. A mark written before it named anyone ("1") names no account and is kept as it was.
 */
export interface OwedSignOut {
  /** The account that signed out, or null for a mark from before marks named one. */
  account: string | null;
}

/** What the mark holds for a sign-out owed by `account`. */
export function markValue(account: string | null): string {
  return account === null ? "1" : JSON.stringify({ account });
}

/** The sign-out a stored mark says is owed, or null when there is no mark. */
export function readMark(value: string | null): OwedSignOut | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === "object" && parsed !== null && "account" in parsed) {
      const { account } = parsed;
      if (typeof account === "string" && account !== "") return { account };
    }
  } catch {
    // Not written by this version: an older mark, owed as ever.
  }
  return { account: null };
}

/**
 * Whether a page signed in as `pageAccount` (null: signed in as nobody) goes to sign-in on seeing
 * the mark. Only the pages of the account that signed out do: another person signed in in
 * another tab stays where they are. A mark naming nobody takes every page, as it always did.
 */
export function leavesPage(mark: OwedSignOut, pageAccount: string | null): boolean {
  return mark.account === null || pageAccount === null || mark.account === pageAccount;
}

import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { stderr, stdout } from "node:process";
import { shownName } from "../core/text/shown-name.js";
import { hashPassword } from "../server/accounts/password-hash.js";
import { findUserByUsername, setPasswordHash } from "../server/accounts/user.repository.js";
import { configFromEnv } from "../server/config.js";
import { openMigratedStore, SQLITE_FILE_NAME } from "../server/db/open-store.js";
import { deleteSessionsOf } from "../server/sessions/session.repository.js";
import { deleteSignInFailuresOf } from "../server/sessions/sign-in-failure.repository.js";
import { accountKeyOf } from "../server/sessions/sign-in-throttle.js";

/** 20 random characters in groups of five: easy to read off a terminal, hard to guess. */
function temporaryPassword(): string {
  const letters = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(20);
  const chars = [...bytes].map((byte) => letters[byte % letters.length]).join("");
  return chars.match(/.{5}/g)?.join("-") ?? chars;
}

/**
 * For an owner who has forgotten: whoever can run this command already holds the database, so
 * it sets a new password, prints it to this terminal only, and ends every session of that person.
 */
export async function resetPasswordCommand(
  env: Record<string, string | undefined>,
  args: string[],
): Promise<number> {
  const [username] = args;
  if (!username) {
    stderr.write("Please name the account, for example: reconnect reset-password sam\n");
    return 2;
  }
  const config = configFromEnv(env);
  // Opening makes a database where there is none: a mistyped DATA_DIR would gain an empty one,
  // and the answer "no account named …" would hide that the data is elsewhere.
  const file = path.join(config.dataDir, SQLITE_FILE_NAME);
  // Not existsSync, which says "no" too when the folder may not be entered or is a file: those
  // are thrown, and said plainly (system-problem.ts).
  if (!config.databaseUrl && !statSync(file, { throwIfNoEntry: false })) {
    stderr.write(
      `There is no database at ${shownName(path.resolve(file))}. Is DATA_DIR set to Reconnect's data folder?\n`,
    );
    return 1;
  }
  const { store } = await openMigratedStore(config);
  try {
    const user = await findUserByUsername(store.db, username);
    if (!user) {
      stderr.write(`There is no account named "${shownName(username)}".\n`);
      return 1;
    }
    const password = temporaryPassword();
    const hash = await hashPassword(password);
    await store.write(async (trx) => {
      await setPasswordHash(trx, user.id, hash, new Date().toISOString());
      await deleteSessionsOf(trx, user.id);
      // The guesses that led here would otherwise keep the person waiting to sign in.
      await deleteSignInFailuresOf(trx, [
        accountKeyOf(user, user.username),
        accountKeyOf(undefined, user.username),
      ]);
    });
    stdout.write(
      `The password of ${shownName(user.username)} is now:\n\n  ${password}\n\n` +
        "Every session of this account has ended. Sign in with it, then choose your own " +
        'password under "Your data".\n',
    );
    return 0;
  } finally {
    await store.close();
  }
}

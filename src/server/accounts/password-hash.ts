import argon2 from "argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes): strong, yet quick enough on a small home server.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * One form for the characters of a password (NFC, as RFC 8265 and NIST SP 800-63B advise): "é"
 * typed as one character by one keyboard and as "e" with a combining accent by another (some
 * Vietnamese and Korean input methods, text copied from a macOS file name) is the same password,
 * and the person who set it on one device must not be locked out of their journal on another.
 */
const oneForm = (password: string) => password.normalize("NFC");

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(oneForm(password), OPTIONS);
}

async function matches(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Whether the password opens the account: `one-form` as every hash made now is checked,
 * `as-typed` through the fallback below (the caller renews the hash then: see
 * renewPasswordHash), or `no`.
 */
export type PasswordCheck = "one-form" | "as-typed" | "no";

export async function checkPassword(hash: string, password: string): Promise<PasswordCheck> {
  if (await matches(hash, oneForm(password))) return "one-form";
  // A hash made before passwords were kept in one form holds the characters as they were typed:
  // typed the same way again, they still open the account.
  if (password !== oneForm(password) && (await matches(hash, password))) return "as-typed";
  return "no";
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return (await checkPassword(hash, password)) !== "no";
}

let decoy: Promise<string> | undefined;

/**
 * Spends the same work as a real check when the name is unknown, so response time does not
 * reveal which usernames exist.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("decoy password that never matches anything");
  await verifyPassword(await decoy, password);
  return false;
}

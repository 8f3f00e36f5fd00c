import { PASSWORD_MIN_LENGTH } from "./account.schema.js";

// The passwords that top every published list of leaked passwords. Anything here (ignoring case)
// would fall to the first guesses an attacker makes.
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd",
  "p@ssword", "pa55word", "12345678", "123456789", "1234567890", "12341234", "11111111", "00000000",
  "87654321", "88888888", "12344321", "11223344", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "1qaz2wsx",
  "qwertyui", "qwertyuiop", "qwerty123", "qwerty12", "asdfghjk", "asdfghjkl", "zxcvbnm1",
  "iloveyou", "iloveyou1", "sunshine", "princess", "football", "baseball", "whatever", "trustno1",
  "superman", "starwars", "letmein1", "welcome1", "welcome123", "computer", "michelle", "jennifer",
  "jordan23", "maverick", "mustang1", "shadow12", "master12", "access14", "charlie1", "dragon12",
  "monkey12", "abc12345", "abcd1234", "aa123456", "a1234567", "zaq12wsx", "changeme", "administrator",
  "admin123", "letmein!", "freedom1", "internet", "pokemon1", "samsung1", "liverpool", "chelsea1",
  "arsenal1", "butterfly", "chocolate", "cookie12", "elephant", "flower12", "lovely12", "hello123",
  "secret12", "default1", "unknown1", "reconnect", "reconnect1", "depression",
]);

export type PasswordProblem = "too-short" | "too-common";

/** Why a chosen password would be unsafe, or undefined when it is fine. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "too-short";
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return "too-common";
  return undefined;
}

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  "too-short": `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  "too-common": "is one of the most common passwords; please choose one that is harder to guess",
};

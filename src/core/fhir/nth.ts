/**
 * The entry at `index`, or a loud failure: the code tables and the questionnaires are written to
 * line up one to one, and a gap between them must never become a silently missing answer.
 */
export function nth<T>(list: readonly T[], index: number, what: string): T {
  const entry = list[index];
  if (entry === undefined) throw new Error(`no ${what} at ${index}`);
  return entry;
}

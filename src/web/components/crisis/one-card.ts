/**
 * Where the one crisis card goes among fields that are watched each on their own, given in screen
 * order with whether each one's words call for the card: null for nowhere. A card already shown
 * stays under its field while that field still calls for it, so words found in another field
 * never make it jump (nor take away a help sheet opened from it); otherwise it goes under the
 * first field that calls for it. A person needs one card, not one for every field.
 */
export function crisisCardPlace(
  current: number | null,
  calling: readonly boolean[],
): number | null {
  if (current !== null && calling[current] === true) return current;
  const first = calling.indexOf(true);
  return first === -1 ? null : first;
}

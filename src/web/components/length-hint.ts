/**
 * What a text box says about its length: how much room is left, and at the limit that nothing
 * past it was kept. A box with a `maxLength` drops the rest of a paste without a word; this says
 * so, where the person reads the box's hint.
 */
export function lengthHint(used: number, max: number, holder: string): string {
  const left = max - used;
  if (left <= 0) {
    return `That's the most ${holder} can hold (${max.toLocaleString()} characters). Anything past that wasn't added.`;
  }
  return left === 1
    ? "You can write 1 more character."
    : `You can write ${left.toLocaleString()} more characters.`;
}

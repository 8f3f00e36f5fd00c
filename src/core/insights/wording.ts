/** Small helpers that keep numbers in sentences short and the same everywhere. */

/**
 * The size of a number for a sentence: one decimal place (or `digits`), and two below 0.1 so a
 * small but real effect does not read as "0". Never signed: sentences carry direction in words.
 */
export function oneDecimal(value: number, digits = 1): string {
  const size = Math.abs(value);
  const text = size.toFixed(size < 0.095 ? Math.max(2, digits) : digits);
  return Number(text) === 0 ? "0" : text;
}

/** Decimal places that keep the two ends of a range apart: 1, or 2 when 1 would merge them. */
export function digitsFor(low: number, high: number): number {
  return oneDecimal(low) === oneDecimal(high) ? 2 : 1;
}

/** "1 check-in", "3 check-ins". */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// Kept here too for the insights' wording, which has always imported it from this file.
export { listed } from "../text/listed.js";

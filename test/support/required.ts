/** A value a beforeAll hook fills in, read by a test: says plainly when that hook never ran. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not ready: did beforeAll fail?`);
  return value;
}

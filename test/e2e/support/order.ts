import type { Locator } from "playwright-core";

/** True when `first` comes before `second` in the page, as a screen reader would meet them. */
export async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const handle = await second.elementHandle();
  return first.evaluate(
    (a, b) => b !== null && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    handle,
  );
}

/** True when `middle` lies between `before` and `after` in the page: in place, under `before`. */
export async function liesBetween(
  before: Locator,
  middle: Locator,
  after: Locator,
): Promise<boolean> {
  return (await comesBefore(before, middle)) && (await comesBefore(middle, after));
}

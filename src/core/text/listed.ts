/**
 * Names in a sentence: "a", "a and b", "a, b and c". Shared by every screen that lists things
 * in words (the insights, the import summary, the safety plan's steps).
 */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

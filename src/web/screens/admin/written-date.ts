/**
 * An instant's day written out in the person's own language ("5 December 2026"), as dates are
 * everywhere else in the app: "05/12/2026" reads as May in one country and December in another.
 */
export function writtenDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

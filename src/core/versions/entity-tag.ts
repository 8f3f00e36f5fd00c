/** A version as an HTTP entity tag: quoted, `ETag: "2026-11-29T12:00:00.000Z"`. */
export function entityTag(version: string): string {
  return `"${version}"`;
}

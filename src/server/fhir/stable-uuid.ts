import { createHash } from "node:crypto";

/** Reconnect's own namespace for name-based UUIDs (made once at random; never change it). */
const NAMESPACE = "5c0c7b7e-2f7a-4a43-9d1e-8c6a0f3b71d2";

/** A version 5 (name-based, SHA-1) UUID of `name` in `namespace`, as RFC 9562 defines it. */
export function uuidV5(namespace: string, name: string): string {
  const space = Buffer.from(namespace.replaceAll("-", ""), "hex");
  const bytes = createHash("sha1").update(space).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The same name always gives the same UUID, and the UUID does not show the name. The FHIR export
 * names its resources this way, so exporting twice gives the same ids without storing any.
 */
export function stableUuid(name: string): string {
  return uuidV5(NAMESPACE, name);
}

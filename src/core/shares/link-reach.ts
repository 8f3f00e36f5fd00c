import { isLoopbackHost } from "./loopback.js";
import type { ShareLinks } from "./share.schema.js";

/**
 * Whether a link made now can open on someone else's phone. With a public address it can. With
 * none, the link is built on the address in the browser, which reaches no one else when either
 * the server listens only on this computer or the browser opened it by a loopback name.
 */
export function linkReachesOthers(links: ShareLinks, pageHostname: string): boolean {
  if (links.publicUrl !== null) return true;
  return !links.onlyThisComputer && !isLoopbackHost(pageHostname);
}

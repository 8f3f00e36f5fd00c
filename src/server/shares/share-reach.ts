import { isLoopbackHost } from "../../core/shares/loopback.js";
import type { ShareLinks } from "../../core/shares/share.schema.js";

// Share cards and invitations alike are links opened on another device: both ask where this
// server can be reached, so the answer lives beside neither route.

/** Where this server can be reached, as configured: what a share link can be built on. */
export interface ShareReach {
  /** PUBLIC_URL: the address people open, when one is set. */
  publicUrl?: string | undefined;
  /** HOST: the address the server listens on; 127.0.0.1 unless told otherwise. */
  listenHost?: string | undefined;
}

/** Whether links made here open elsewhere, told to the browser before a link is made. */
export function shareLinks(reach: ShareReach): ShareLinks {
  const publicUrl = reach.publicUrl ?? null;
  return {
    publicUrl,
    onlyThisComputer: publicUrl === null && isLoopbackHost(reach.listenHost ?? "127.0.0.1"),
  };
}

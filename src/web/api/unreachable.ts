/**
 * What a screen says when a request could not reach the server. With the device offline the
 * person did nothing wrong and nothing is broken: say so plainly, and that help still works. Any
 * other failure to connect is the server's (a home server that stopped).
 */
export function unreachableMessage(): string {
  if (typeof navigator !== "undefined" && navigator.onLine === false) {
    return "You're offline just now, so this can't load. It will once you're back online. Your safety plan and “Get help now” work without a connection.";
  }
  return "We couldn't reach Reconnect just now. Check that it is still running, then try again.";
}

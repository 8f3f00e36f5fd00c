/**
 * What a screen says when a request could not reach the server. With the device offline the
 * person did nothing wrong and nothing is broken: say so plainly, and that help still works. Any
 * other failure to connect is the server's (a home server that stopped).
 *
 * A save is not a screen loading: "it will once you're back online" read as if the save would go
 * through by itself, so someone could leave believing their words were kept. A write that could
 * not be sent says so, and that pressing again once online is what sends it.
 */
export function unreachableMessage(method = "GET"): string {
  if (typeof navigator !== "undefined" && navigator.onLine === false) {
    return method === "GET"
      ? "You're offline just now, so this can't load. It will once you're back online. Your safety plan and “Get help now” work without a connection."
      : "You're offline just now, so this didn't go through. Try again once you're back online. Your safety plan and “Get help now” work without a connection.";
  }
  return "We couldn't reach Reconnect just now. Check that it is still running, then try again.";
}

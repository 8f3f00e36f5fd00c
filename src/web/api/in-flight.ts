/**
 * How many of the app's own API requests are on their way, so that work which can wait (the
 * offline copies) can wait for the screen's answers rather than compete with them.
 */
let inFlight = 0;
const waiting = new Set<() => void>();

/** Counts one request as on its way; call the answer once it has come back, or failed. */
export function requestStarted(): () => void {
  inFlight += 1;
  let finished = false;
  return () => {
    if (finished) return;
    finished = true;
    inFlight -= 1;
    if (inFlight === 0) for (const wake of [...waiting]) wake();
  };
}

/**
 * Runs `task` once no request is on its way (at once if none is), or after `limitMs` whatever is,
 * so a request that hangs on a poor connection never holds it back for good. Answers a cancel.
 */
export function whenNoRequestsInFlight(task: () => void, limitMs: number): () => void {
  if (inFlight === 0) {
    task();
    return () => {};
  }
  const wake = () => {
    waiting.delete(wake);
    clearTimeout(limit);
    task();
  };
  const limit = setTimeout(wake, limitMs);
  waiting.add(wake);
  return () => {
    waiting.delete(wake);
    clearTimeout(limit);
  };
}

import { closeSync, linkSync, openSync, rmSync } from "node:fs";

/**
 * Writes a database copy under `${target}.partial` and gives it the name `target` only once it
 * is whole, never over a file already there. So a copy cut short (Ctrl-C, a closed terminal, a
 * full disk) never leaves a file under the name asked for, where it would pass for a backup and
 * block the next try: the partial file is removed (with any journal SQLite kept beside it) on
 * failure and on SIGINT, SIGTERM or SIGHUP, which then end the command as they would have.
 * The partial file is private (0600) from its first byte.
 */
export async function writeWhole(
  target: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = `${target}.partial`;
  const removePartial = () => {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) {
      rmSync(`${partial}${suffix}`, { force: true });
    }
  };
  // "wx": a partial file left by a run that was killed outright is not ours to remove.
  try {
    closeSync(openSync(partial, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new Error(
      `${partial} is left from a copy that was cut short. Remove it, then try again.`,
    );
  }
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    removePartial();
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.once(signal, onSignal);
  try {
    await write(partial);
    // A hard link, unlike a rename, refuses a name that appeared meanwhile.
    linkSync(partial, target);
  } finally {
    for (const signal of signals) process.removeListener(signal, onSignal);
    removePartial();
  }
}

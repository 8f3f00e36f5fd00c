import { clearDraftsOf, countDrafts } from "../drafts/draft-store.js";
import { mayHaveQueued } from "../offline/queue-marker.js";
import type { LeftOnDevice } from "./AskBeforeSignOut.js";

/**
 * A person's session was ended from somewhere else (signed out everywhere, a new password, the
 * account paused or erased; the server keeps nothing of an erased account, so it cannot say
 * which): as signing out here would, nothing they typed stays behind on this device, neither
 * drafts nor check-ins waiting to be sent, which would otherwise go out at the next sign-in. Only
 * theirs: other people's on a shared device wait for them.
 */
export async function forgetOnDevice(accountId: string): Promise<void> {
  clearDraftsOf(accountId);
  // The queue's code loads only when something was queued, as everywhere else in the app.
  if (!mayHaveQueued()) return;
  const queue = await import("../offline/queue-store.js");
  try {
    await queue.clearQueuedOf(accountId);
  } catch {
    // A store that cannot be read cannot say whose check-ins are whose: it goes whole, as on
    // signing out, rather than keep this person's for a later sign-in to send.
    await queue.clearQueue();
  }
}

/**
 * Signing out here: this person's drafts and check-ins waiting to be sent go, and nobody else's.
 * Each is kept under its person's id, and another's (someone whose session ran out, or who was
 * signed out on this browser by the next sign-in) waits for their next sign-in, as sign-in
 * promised them. Once nothing is left for anyone, the queue's database goes too, so a shared
 * phone keeps nothing.
 */
export async function forgetAtSignOut(accountId: string): Promise<void> {
  await forgetOnDevice(accountId);
  if (mayHaveQueued()) return;
  const queue = await import("../offline/queue-store.js");
  // The marker says what this tab read a moment ago; another person's tab may have queued a
  // check-in since, which they were told is saved on the device. So the queue is read again, and
  // goes only if it holds nobody's (or cannot be read, as above).
  const left = await queue.readQueue().then(
    ({ items }) => items.length,
    () => 0,
  );
  if (left === 0) await queue.clearQueue();
}

/**
 * What signing out would take from one person on this device: their check-ins waiting to be sent
 * and their words not yet saved. Unreadable storage counts as none kept.
 */
export async function leftOnDevice(accountId: string): Promise<LeftOnDevice> {
  return { unsent: await countQueued(accountId), drafts: countDrafts(accountId) };
}

async function countQueued(accountId: string): Promise<number> {
  // The queue's code loads only when something was queued, as everywhere else in the app.
  if (!mayHaveQueued()) return 0;
  try {
    const { readQueue } = await import("../offline/queue-store.js");
    return (await readQueue()).items.filter((item) => item.accountId === accountId).length;
  } catch {
    return 0;
  }
}

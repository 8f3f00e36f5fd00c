import type { Checkin } from "../../core/checkins/checkin.schema.js";
import { ApiRequestError } from "../api/client.js";
import { api } from "../api/reconnect.js";
import { draftKey, readDraft, removeDraft, writeDraft } from "../drafts/draft-store.js";
import { mayHaveQueued, sayDraftFollowed } from "./queue-marker.js";
import {
  afterSend,
  draftVersionAfterSend,
  draftVersionSchema,
  keptMine,
  needsAChoice,
  outcomeOfFailure,
  type QueuedCheckin,
  type SendOutcome,
  toSend,
} from "./queue-rules.js";
import { DeviceStorageError, readQueue, removeQueued, replaceQueued } from "./queue-store.js";

export interface SyncState {
  /** Still waiting for the network, for the signed-in person. */
  waiting: number;
  /** Waiting on the person: a conflict to choose about, or a refusal to see. */
  choices: QueuedCheckin[];
  /** Entries the device could not read and removed. */
  unreadable: number;
  /** The device's storage could not be opened: said on screen, the app still works. */
  storageProblem: string | null;
  /** Days sent in this run, for the words on screen. */
  sent: Checkin[];
  /** The server said the session has ended: nothing more is sent until a sign-in. */
  signedOut: boolean;
}

export const NOTHING_QUEUED: SyncState = {
  waiting: 0,
  choices: [],
  unreadable: 0,
  storageProblem: null,
  sent: [],
  signedOut: false,
};

/**
 * Whether trying again later may send anything: only while a check-in waits for the server.
 * Days waiting for the person's choice are not counted (only the choice moves them), and once the
 * session has ended nothing is sent until the person signs in again: tries then would each cost
 * a request and change nothing. The queue is kept either way; the next run started by the
 * choice, a sign-in or any other event begins the tries again.
 */
export function retryHelps(state: SyncState): boolean {
  return state.waiting > 0 && !state.signedOut;
}

let running: Promise<SyncState> | undefined;
let again: Promise<SyncState> | undefined;

/**
 * Sends what this device kept for `accountId`, oldest first, stopping at the first that cannot
 * go yet (no network) so the order holds. One run at a time: an `online` event and a tab coming
 * back together send each check-in once. A call while a run is under way gets one more run after
 * it (shared by every such call): the run under way may have met the network before it came
 * back, or read the queue before a new check-in joined it, and would otherwise leave that
 * check-in waiting for the next reload.
 */
export function syncQueue(accountId: string, force = false): Promise<SyncState> {
  if (!force && !mayHaveQueued()) return Promise.resolve(NOTHING_QUEUED);
  if (running) {
    again ??= running.then(() => {
      again = undefined;
      return syncQueue(accountId, true);
    });
    return again;
  }
  running = run(accountId).finally(() => {
    running = undefined;
  });
  return running;
}

async function run(accountId: string): Promise<SyncState> {
  let read: Awaited<ReturnType<typeof readQueue>>;
  try {
    read = await readQueue();
  } catch (error) {
    return { ...NOTHING_QUEUED, storageProblem: storageWords(error) };
  }
  const sent: Checkin[] = [];
  let waiting = toSend(read.items, accountId);
  let signedOut = false;
  try {
    for (const item of toSend(read.items, accountId)) {
      const outcome = await send(item, sent);
      signedOut = outcome.kind === "signed-out";
      const next = afterSend(item, outcome);
      if (next.action === "stop") break;
      if (next.action === "remove") await removeQueued(item);
      else await replaceQueued(next.item);
      waiting = waiting.filter((other) => other !== item);
    }
    const after = await readQueue();
    return {
      waiting: toSend(after.items, accountId).length,
      choices: needsAChoice(after.items, accountId),
      unreadable: read.unreadable + after.unreadable,
      storageProblem: null,
      sent,
      signedOut,
    };
  } catch (error) {
    return {
      ...NOTHING_QUEUED,
      waiting: waiting.length,
      storageProblem: storageWords(error),
      sent,
      signedOut,
    };
  }
}

async function send(item: QueuedCheckin, sent: Checkin[]): Promise<SendOutcome> {
  try {
    const saved = await api.saveCheckinIf(item.date, item.input, item.base);
    sent.push(saved);
    followSend(item, saved);
    return { kind: "saved" };
  } catch (error) {
    if (error instanceof ApiRequestError) {
      return outcomeOfFailure(error.status, error.body, error.message);
    }
    return { kind: "later" };
  }
}

/** A draft of the day kept beside the sent check-in now stands over the version it was given. */
function followSend(item: QueuedCheckin, saved: Checkin): void {
  const key = draftKey("checkin", item.accountId, item.date);
  const kept = readDraft(key, draftVersionSchema);
  const base = kept === undefined ? undefined : draftVersionAfterSend(kept.base, item, saved);
  if (kept === undefined || base === undefined) return;
  writeDraft(key, { ...kept, base });
  // In this same task: a screen showing the draft writes its next key over this version too.
  sayDraftFollowed({ key, from: item.base, to: base });
}

/** The day's draft goes with the choice, so the check-in screen does not offer it again. */
function dropDraft(item: QueuedCheckin): void {
  removeDraft(draftKey("checkin", item.accountId, item.date));
}

/**
 * Keep mine: the queued answers are to replace the server's day, as the person chose. Kept on
 * the device as waiting to be sent over the version shown, and sent by the next run: the choice
 * needs no server, so it holds while the server is away (see `keptMine`).
 */
export async function keepMine(item: QueuedCheckin): Promise<void> {
  await replaceQueued(keptMine(item));
  dropDraft(item);
}

/** Keep the other: the queued answers are let go; the server's day stays as it is. */
export async function keepTheirs(item: QueuedCheckin): Promise<void> {
  await removeQueued(item);
  dropDraft(item);
}

function storageWords(error: unknown): string {
  return error instanceof DeviceStorageError
    ? error.message
    : "This device's storage couldn't be read, so check-ins kept on it can't be sent just now.";
}

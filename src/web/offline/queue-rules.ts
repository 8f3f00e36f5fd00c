import { z } from "zod";
import {
  type Checkin,
  type CheckinInput,
  checkinInputSchema,
  checkinSchema,
  localDateSchema,
} from "../../core/checkins/checkin.schema.js";

/**
 * A check-in saved with no network, waiting on this device to be sent. It names the account it
 * belongs to, so on a shared phone it is only ever sent under that account, and the version of
 * the day the person edited (`base`; null when the device saw no check-in that day), so the
 * server can refuse it if the day changed elsewhere meanwhile.
 */
export const queuedCheckinSchema = z.object({
  accountId: z.string().min(1),
  date: localDateSchema,
  input: checkinInputSchema,
  base: z.string().nullable(),
  /** When the person saved it, for the words on screen. */
  queuedAt: z.string(),
  /** Sending order: the order the person saved in. */
  seq: z.number().int(),
  /**
   * waiting: to be sent. conflict: the day changed elsewhere; `current` holds the server's
   * version (null: deleted) until the person chooses. refused: the server said no for another
   * reason (`problem`), kept so the person sees it rather than losing it.
   */
  state: z.enum(["waiting", "conflict", "refused"]),
  current: checkinSchema.nullable().optional(),
  problem: z.string().optional(),
});
export type QueuedCheckin = z.infer<typeof queuedCheckinSchema>;

/** One item per account and day: saving the same day twice offline keeps the later answers. */
export function queueKey(accountId: string, date: string): string {
  return `${accountId} ${date}`;
}

/**
 * The item to keep when the person saves `date` offline. A day already waiting keeps its place in
 * line and the version first edited: the second save was made on top of the first, not on top of
 * anything newer from the server.
 */
export function queuedSave(
  existing: QueuedCheckin | undefined,
  save: Pick<QueuedCheckin, "accountId" | "date" | "input" | "base" | "queuedAt">,
  nextSeq: number,
): QueuedCheckin {
  if (existing && existing.accountId === save.accountId && existing.date === save.date) {
    return {
      ...existing,
      input: save.input,
      queuedAt: save.queuedAt,
      state: "waiting",
      current: undefined,
      problem: undefined,
    };
  }
  return { ...save, seq: nextSeq, state: "waiting" };
}

/** The next sequence number after everything already queued. */
export function nextSeq(items: readonly QueuedCheckin[]): number {
  return items.reduce((max, item) => Math.max(max, item.seq), 0) + 1;
}

/**
 * What to send now for the signed-in account, in the order the person saved. Another account's
 * items are never in this list, whoever is signed in; items waiting on a choice are not resent.
 */
export function toSend(items: readonly QueuedCheckin[], accountId: string): QueuedCheckin[] {
  return items
    .filter((item) => item.accountId === accountId && item.state === "waiting")
    .sort((a, b) => a.seq - b.seq);
}

/** The items the signed-in person has to choose about (a conflict) or look at (refused). */
export function needsAChoice(items: readonly QueuedCheckin[], accountId: string): QueuedCheckin[] {
  return items
    .filter((item) => item.accountId === accountId && item.state !== "waiting")
    .sort((a, b) => a.seq - b.seq);
}

/** How one send went, in the terms the queue cares about. */
export type SendOutcome =
  | { kind: "saved" }
  | { kind: "conflict"; current: Checkin | null }
  /** No network, or the server away or busy: try again later, and stop sending for now. */
  | { kind: "later" }
  /**
   * The session ended (401): stop sending, and do not try again until the person has signed in
   * again, which trying cannot bring about.
   */
  | { kind: "signed-out" }
  | { kind: "refused"; problem: string };

/** Reads a failed send's status and body (the API's error shape, a 409's `current`). */
export function outcomeOfFailure(status: number, body: unknown, message: string): SendOutcome {
  if (status === 409) {
    const current = z.object({ current: checkinSchema.nullable() }).safeParse(body);
    // A 409 this app cannot read still must not lose the item: the person is asked with what is known.
    return { kind: "conflict", current: current.success ? current.data.current : null };
  }
  // Unreachable (0), signed out (401), the server busy or failing (5xx), too many tries (429):
  // nothing is wrong with the check-in itself.
  if (status === 401) return { kind: "signed-out" };
  if (status === 0 || status === 429 || status >= 500) return { kind: "later" };
  return { kind: "refused", problem: message };
}

/** What becomes of the item after a send: gone (saved), kept changed, or left for later. */
export function afterSend(
  item: QueuedCheckin,
  outcome: SendOutcome,
): { action: "remove" } | { action: "keep"; item: QueuedCheckin } | { action: "stop" } {
  switch (outcome.kind) {
    case "saved":
      return { action: "remove" };
    case "conflict":
      // The server already holds these very answers (another tab sent them, or the answer to an
      // earlier send was lost on the way back): nothing to choose between.
      if (outcome.current && sameAnswers(item.input, outcome.current)) return { action: "remove" };
      return { action: "keep", item: { ...item, state: "conflict", current: outcome.current } };
    case "refused":
      return { action: "keep", item: { ...item, state: "refused", problem: outcome.problem } };
    case "later":
    case "signed-out":
      return { action: "stop" };
  }
}

/**
 * The item once the person chose to keep this device's answers for a day changed elsewhere: it
 * waits to be sent again, over the version they were shown (none: the day was deleted), so a
 * choice made while the server is away is sent once it answers instead of being lost with the
 * request, and a day changed yet again meanwhile is asked about again rather than overwritten.
 */
export function keptMine(item: QueuedCheckin): QueuedCheckin {
  return {
    ...item,
    base: item.current?.updatedAt ?? null,
    state: "waiting",
    current: undefined,
    problem: undefined,
  };
}

/** The queued answers as a check-in, to show beside the server's version or to judge a heavy day. */
export function asCheckin(item: QueuedCheckin): Checkin {
  return {
    ...item.input,
    date: item.date,
    connections: item.input.connections ?? [],
    updatedAt: item.queuedAt,
  };
}

/** The answers alone, in one order, so two check-ins compare by what they say. */
function answers(input: CheckinInput): string {
  return JSON.stringify([
    input.mood,
    input.energy,
    input.enjoyment,
    input.rumination,
    input.burden,
    input.sleepHours,
    (input.connections ?? []).map((c) => [c.personId, c.name, c.mode, c.felt]),
    input.note,
  ]);
}

/** Whether a stored check-in holds exactly the queued answers. */
export function sameAnswers(input: CheckinInput, stored: Checkin): boolean {
  return answers(input) === answers(stored);
}

/** Only the version a kept check-in draft names: the rest is the check-in screen's to read. */
export const draftVersionSchema = z.looseObject({ base: z.string().nullable().optional() });

/**
 * The version a kept draft of the day stands over once `item` was sent and saved as `saved`, or
 * undefined to leave it. A draft typed over the version the send named was typed on top of the
 * same answers the send carried (the form stays on screen after a save with no network), so it
 * follows the send to the version the server gave it: left at the old one, its next save was
 * asked about as if the day had changed elsewhere, when the change was this device's own. A draft
 * over any other version (or none named) is left as it is.
 */
export function draftVersionAfterSend(
  draftBase: string | null | undefined,
  item: Pick<QueuedCheckin, "base">,
  saved: Pick<Checkin, "updatedAt">,
): string | undefined {
  return draftBase !== undefined && draftBase === item.base ? saved.updatedAt : undefined;
}

import { CompiledQuery } from "kysely";
import type { Store } from "../db/database.js";
import { isDatabaseUnavailable } from "../db/database-unavailable.js";
import { namedStatement } from "../db/prepared-query.js";

/** One save's arguments after the person's id, as migration 0014's function takes them. */
export interface SaveCall {
  tokenHash: string;
  date: string;
  condition: string;
  expected: string | null;
  now: string;
  mood: number;
  energy: number | null;
  enjoyment: number | null;
  rumination: number | null;
  burden: number | null;
  sleepHours: number | null;
  note: string | null;
  docHead: string;
  docTail: string;
  positions: number[];
  personIds: (string | null)[];
  names: (string | null)[];
  modes: string[];
  felts: (number | null)[];
}

/** What the function answers for one save. */
export interface SaveAnswer {
  outcome: "saved" | "refused" | "signed-out";
  version: string | null;
  doc: string | null;
  session_expires_at: string | null;
}

// Connections travel as arrays, whatever their number, so the text is fixed and prepared once
// per connection.
const SAVE_ONE = `select "outcome", "version", "doc", "session_expires_at" from reconnect_save_checkin($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::integer[], $17::text[], $18::text[], $19::text[], $20::integer[])`;
namedStatement(SAVE_ONE);
// Migration 0015: the saves that queued up behind one in flight, in one call and one commit.
const SAVE_SEVERAL = `select "place", "outcome", "version", "doc", "session_expires_at" from reconnect_save_checkins($1, $2::json)`;
namedStatement(SAVE_SEVERAL);

// Bounds one call's statement: a few milliseconds of work even at this size.
const MOST_PER_CALL = 32;

type Waiting = {
  call: SaveCall;
  resolve: (answer: SaveAnswer) => void;
  reject: (error: unknown) => void;
};

/**
 * Saves one person's check-in with the function of migration 0014, or, while another save of
 * the same person by this process is on its way, after it, together with every other save of
 * that person that queued up meanwhile (migration 0015). Each save still locks the person and
 * waits until its commit is on disk before it is answered; what the saves waiting in line share
 * is the call, the lock and the one disk sync. A save with nothing in flight before it is sent
 * at once, alone, so no save ever waits for company. Saves of different people never wait for
 * each other here, and another process's saves wait on the person's lock in the database.
 */
export function saveTogether(store: Store): SaveOfPerson {
  let save = savesByStore.get(store);
  if (!save) {
    save = saveInLine(store);
    savesByStore.set(store, save);
  }
  return save;
}

type SaveOfPerson = (userId: string, call: SaveCall) => Promise<SaveAnswer>;

const savesByStore = new WeakMap<Store, SaveOfPerson>();

function saveInLine(store: Store): SaveOfPerson {
  // Per person, the saves waiting behind the one in flight; no entry: none in flight.
  const queued = new Map<string, Waiting[]>();

  async function send(userId: string, batch: Waiting[]): Promise<void> {
    try {
      await answer(store, userId, batch);
    } finally {
      const next = queued.get(userId) ?? [];
      if (next.length === 0) queued.delete(userId);
      else {
        queued.set(userId, next.slice(MOST_PER_CALL));
        void send(userId, next.slice(0, MOST_PER_CALL));
      }
    }
  }

  return (userId, call) =>
    new Promise<SaveAnswer>((resolve, reject) => {
      const line = queued.get(userId);
      if (line) {
        line.push({ call, resolve, reject });
        return;
      }
      // An empty line marks a save in flight: the next ones of this person wait in it.
      queued.set(userId, []);
      void send(userId, [{ call, resolve, reject }]);
    });
}

async function answer(store: Store, userId: string, batch: Waiting[]): Promise<void> {
  if (batch.length > 1) {
    try {
      const answers = await saveSeveral(
        store,
        userId,
        batch.map((w) => w.call),
      );
      batch.forEach((w, i) => {
        const found = answers[i];
        if (found) w.resolve(found);
        else w.reject(new Error(`reconnect_save_checkins returned no row for save ${i}`));
      });
      return;
    } catch (error) {
      // A database that cannot be reached fails every save alike, and fast.
      if (isDatabaseUnavailable(error)) {
        for (const w of batch) w.reject(error);
        return;
      }
      // Anything else rolled the whole call back: each save is tried again alone, in order, so
      // one save's error is that save's answer only.
    }
  }
  for (const w of batch) {
    try {
      w.resolve(await saveOne(store, userId, w.call));
    } catch (error) {
      w.reject(error);
    }
  }
}

async function saveOne(store: Store, userId: string, call: SaveCall): Promise<SaveAnswer> {
  const result = await store.db.executeQuery<SaveAnswer>(
    CompiledQuery.raw(SAVE_ONE, [
      userId,
      call.tokenHash,
      call.date,
      call.condition,
      call.expected,
      call.now,
      call.mood,
      call.energy,
      call.enjoyment,
      call.rumination,
      call.burden,
      call.sleepHours,
      call.note,
      call.docHead,
      call.docTail,
      call.positions,
      call.personIds,
      call.names,
      call.modes,
      call.felts,
    ]),
  );
  const [row] = result.rows;
  if (!row) throw new Error("reconnect_save_checkin returned no row");
  return row;
}

async function saveSeveral(
  store: Store,
  userId: string,
  calls: SaveCall[],
): Promise<(SaveAnswer | undefined)[]> {
  const result = await store.db.executeQuery<SaveAnswer & { place: number }>(
    CompiledQuery.raw(SAVE_SEVERAL, [userId, JSON.stringify(calls)]),
  );
  const answers: (SaveAnswer | undefined)[] = calls.map(() => undefined);
  for (const { place, ...row } of result.rows) answers[place] = row;
  return answers;
}

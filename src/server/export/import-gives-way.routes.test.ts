import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { lifeExport } from "../../../bench/ten-years.js";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { importDocument } from "./import-document.js";

/** Enough of a life that every long list is written in several steps. */
const LIFE = { days: 700, thoughts: 450, plans: 900, people: 30 };

/** Lets `ask` run again and again, a turn apart, until `work` ends; what each ask gave, in order. */
async function whileAsking<Seen, Done>(
  ask: () => Promise<Seen>,
  work: () => Promise<Done>,
): Promise<{ done: Done; seen: Seen[] }> {
  let running = true;
  const seen: Seen[] = [];
  const asking = (async () => {
    while (running) {
      seen.push(await ask());
      await nextTurn();
    }
  })();
  try {
    return { done: await work(), seen };
  } finally {
    running = false;
    await asking;
  }
}

/**
 * An import of years of records gives way between its steps (import-document.ts), so everyone
 * else on the server is answered meanwhile; it stays one transaction, so nobody sees half of it
 * and a failure anywhere leaves the account as it was.
 */
describe.each(engines)("a long import on %s", (engine) => {
  const s = useServer(engine, { member: true, freshEachTest: true });
  const anotherPersonAsks = async () =>
    (await s.member.get("/api/checkins?from=2026-01-01&to=2026-01-31")).statusCode;

  it("answers another person's check-ins again and again while it is under way", async () => {
    const { done: imported, seen: answers } = await whileAsking(anotherPersonAsks, () =>
      s.owner.post("/api/import?mode=replace", lifeExport(LIFE)),
    );
    expect(imported.statusCode).toBe(200);
    // Written in one piece, it let one or two through, before its transaction began.
    expect(answers.length).toBeGreaterThan(10);
    expect(new Set(answers)).toEqual(new Set([200]));
  });

  it("answers another person while it checks a long file, before anything is written", async () => {
    // Refused by its very last check-in, so all of the time is the check before any writing.
    const file = lifeExport({ ...LIFE, days: 3000 });
    const last = file.checkins.at(-1);
    if (!last) throw new Error("a life with no check-ins");
    file.checkins[file.checkins.length - 1] = { ...last, mood: 11 };
    const { done: refused, seen: answers } = await whileAsking(anotherPersonAsks, () =>
      s.owner.post("/api/import?mode=replace", file),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      [`checkins.${file.checkins.length - 1}.mood`]: "must be from 0 to 10",
    });
    // Checked in one piece, the whole file let one through.
    expect(answers.length).toBeGreaterThan(10);
    expect(new Set(answers)).toEqual(new Set([200]));
  });

  it("is seen by nobody until it is all written, and leaves nothing when it fails after its last row", async () => {
    await s.owner.put("/api/checkins/2026-11-20", { mood: 4, note: "before the import" });
    const before = (await s.owner.get("/api/export")).json();
    const userId = (await s.owner.get("/api/me")).json().id;
    const store = s.app.store;
    const { done: failed, seen } = await whileAsking(
      async () =>
        (await s.owner.get("/api/checkins?from=2026-11-01&to=2026-11-30")).json().checkins.length,
      () =>
        store
          .write(async (trx) => {
            await importDocument(
              trx,
              userId,
              lifeExport({ ...LIFE, days: 1500, plans: 2500 }),
              "replace",
              randomUUID,
              s.app.clock.now().toISOString(),
            );
            throw new Error("the disk is full");
          })
          .catch((error: unknown) => error),
    );
    expect(failed).toEqual(new Error("the disk is full"));
    // Read again and again while it ran, and never saw any of it.
    expect(seen.length).toBeGreaterThan(3);
    expect(new Set(seen)).toEqual(new Set([1]));
    expect((await s.owner.get("/api/export")).json()).toEqual(before);
  });
});
